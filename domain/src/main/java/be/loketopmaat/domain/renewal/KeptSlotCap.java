package be.loketopmaat.domain.renewal;

import be.loketopmaat.domain.common.Violations;

/**
 * How many slots summonses may keep at one location on one day, so that citizens who book by
 * themselves still find time: either a fixed number, or a share (in percent) of that day's desk
 * capacity for the product, rounded down. Exactly one of the two is set.
 *
 * @param perDay a fixed number of kept slots a day, or -1 when the share decides
 * @param sharePercent a share of the day's capacity, 0-100, or -1 when the number decides
 */
public record KeptSlotCap(int perDay, int sharePercent) {
  private static final int NOT_SET = -1;

  public KeptSlotCap {
    new Violations()
        .require(
            (perDay == NOT_SET) != (sharePercent == NOT_SET),
            "cap",
            "give either a number of kept slots a day or a share of the capacity, not both")
        .require(perDay >= NOT_SET, "perDay", "must be zero or more")
        .require(
            sharePercent >= NOT_SET && sharePercent <= 100,
            "sharePercent",
            "must be between 0 and 100")
        .throwIfAny();
  }

  public static KeptSlotCap perDay(int slots) {
    return new KeptSlotCap(slots, NOT_SET);
  }

  public static KeptSlotCap share(int percent) {
    return new KeptSlotCap(NOT_SET, percent);
  }

  /** The kept slots allowed on a day whose capable desks fit {@code dayCapacity} appointments. */
  public int allowed(int dayCapacity) {
    if (dayCapacity <= 0) {
      return 0;
    }
    return perDay != NOT_SET ? perDay : dayCapacity * sharePercent / 100;
  }

  /** Whether one more slot may be kept on a day with {@code kept} kept slots already. */
  public boolean hasRoom(int kept, int dayCapacity) {
    return kept < allowed(dayCapacity);
  }
}
