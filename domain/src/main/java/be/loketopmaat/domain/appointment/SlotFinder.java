package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.calendar.OpenWindow;
import be.loketopmaat.domain.location.Desk;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.Location;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Free time of a desk = its location's resolved opening windows minus appointments, live holds and
 * blocked time. Slots start on a fixed grid from the start of each window ({@link #STEP}), so that
 * a day reads as a doctor's calendar and free time is not cut into odd pieces.
 */
public final class SlotFinder {
  /** The grid slots start on. */
  public static final Duration STEP = Duration.ofMinutes(10);

  private SlotFinder() {}

  /**
   * The free slots at one location, earliest first, one per start time whichever desk is free.
   *
   * @param windows the location's resolved open windows for the dates searched
   * @param busy what is taken at this location in those dates, any desk
   * @param notBefore the earliest start allowed (lead time)
   * @param wanted further filters (evening only, Saturdays only, ...)
   */
  public static List<FreeSlot> freeSlots(
      Location location,
      AppointmentNeed need,
      List<OpenWindow> windows,
      List<DeskTime> busy,
      LocalDateTime notBefore,
      Predicate<Slot> wanted) {
    List<Desk> desks = capableDesks(location, need.deskCapabilities());
    if (desks.isEmpty() || !location.hasAll(need.facilities())) {
      return List.of();
    }
    Map<String, TakenTime> busyByDesk = byDesk(busy);
    Duration duration = need.duration();
    List<FreeSlot> slots = new ArrayList<>();
    for (OpenWindow window : windows) {
      LocalDateTime windowEnd = window.date().atTime(window.end());
      for (LocalDateTime start = window.date().atTime(window.start());
          !start.plus(duration).isAfter(windowEnd);
          start = start.plus(STEP)) {
        if (start.isBefore(notBefore)) {
          continue;
        }
        Slot slot = new Slot(location.code(), start, start.plus(duration));
        if (wanted.test(slot)) {
          int places = freeDeskCount(desks, busyByDesk, slot);
          if (places > 0) {
            slots.add(new FreeSlot(slot, location, places, null));
          }
        }
      }
    }
    return slots;
  }

  /**
   * How many appointments of this need the location's capable desks fit in these windows, one after
   * the other: a day's capacity, for shares of it (the slots a renewal run may keep).
   */
  public static int capacity(Location location, AppointmentNeed need, List<OpenWindow> windows) {
    if (!location.hasAll(need.facilities())) {
      return 0;
    }
    int desks = capableDesks(location, need.deskCapabilities()).size();
    long duration = need.duration().toMinutes();
    long perDesk = 0;
    for (OpenWindow window : windows) {
      perDesk += Duration.between(window.start(), window.end()).toMinutes() / duration;
    }
    return (int) (perDesk * desks);
  }

  /**
   * The desk that takes a slot: the first capable desk (in the location's order) free for all of it
   * and inside an open window. Empty when the slot is not free or not a slot at all.
   */
  public static Optional<String> freeDesk(
      Location location,
      AppointmentNeed need,
      List<OpenWindow> windows,
      List<DeskTime> busy,
      Slot slot) {
    return freeDesks(location, need, windows, busy, slot).stream().findFirst();
  }

  /**
   * Every capable desk free for all of the slot, in the location's order (the order desks are
   * claimed in), if the slot lies inside an open window; empty otherwise. The desks after the first
   * are where a claim goes on when the first was taken in the meantime.
   */
  public static List<String> freeDesks(
      Location location,
      AppointmentNeed need,
      List<OpenWindow> windows,
      List<DeskTime> busy,
      Slot slot) {
    if (!location.hasAll(need.facilities()) || !fitsAWindow(windows, slot)) {
      return List.of();
    }
    Map<String, TakenTime> busyByDesk = byDesk(busy);
    List<String> free = new ArrayList<>();
    for (Desk desk : capableDesks(location, need.deskCapabilities())) {
      TakenTime taken = busyByDesk.get(desk.code());
      if (taken == null || !taken.overlaps(slot.start(), slot.end())) {
        free.add(desk.code());
      }
    }
    return free;
  }

  /** Whether a start lies on the grid of a window and the slot ends inside it. */
  public static boolean fitsAWindow(List<OpenWindow> windows, Slot slot) {
    for (OpenWindow window : windows) {
      LocalDateTime start = window.date().atTime(window.start());
      LocalDateTime end = window.date().atTime(window.end());
      if (!slot.start().isBefore(start)
          && !slot.end().isAfter(end)
          && onGrid(start, slot.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why a slot is no slot in these windows (closed then, off the grid, or too long to fit before
   * closing), or empty when it is one. Says nothing about whether it is free.
   */
  public static Optional<NotASlot> whyNotASlot(List<OpenWindow> windows, Slot slot) {
    if (fitsAWindow(windows, slot)) {
      return Optional.empty();
    }
    NotASlot why = NotASlot.CLOSED;
    for (OpenWindow window : windows) {
      LocalDateTime start = window.date().atTime(window.start());
      LocalDateTime end = window.date().atTime(window.end());
      if (!slot.start().isBefore(start) && slot.start().isBefore(end)) {
        if (!onGrid(start, slot.start())) {
          why = NotASlot.OFF_GRID;
        } else if (why == NotASlot.CLOSED) {
          why = NotASlot.DOES_NOT_FIT;
        }
      }
    }
    return Optional.of(why);
  }

  /** Whether a start lies a whole number of grid steps (to the nanosecond) after a window's. */
  private static boolean onGrid(LocalDateTime windowStart, LocalDateTime start) {
    return Duration.between(windowStart, start).toNanos() % STEP.toNanos() == 0;
  }

  private static List<Desk> capableDesks(Location location, Set<DeskCapability> needed) {
    return location.desks().stream().filter(d -> d.capabilities().containsAll(needed)).toList();
  }

  private static Map<String, TakenTime> byDesk(List<DeskTime> busy) {
    Map<String, List<DeskTime>> lists = new HashMap<>();
    for (DeskTime time : busy) {
      lists.computeIfAbsent(time.desk(), d -> new ArrayList<>()).add(time);
    }
    Map<String, TakenTime> map = new HashMap<>();
    lists.forEach((desk, list) -> map.put(desk, new TakenTime(list)));
    return map;
  }

  /** How many of the desks are free for all of the slot: the places left at that time. */
  private static int freeDeskCount(List<Desk> desks, Map<String, TakenTime> busyByDesk, Slot slot) {
    int free = 0;
    for (Desk desk : desks) {
      TakenTime taken = busyByDesk.get(desk.code());
      if (taken == null || !taken.overlaps(slot.start(), slot.end())) {
        free++;
      }
    }
    return free;
  }

  /**
   * One desk's taken time, sorted by start with the running maximum of the ends, so that "is this
   * stretch free" is a binary search (a day's search asks it thousands of times).
   */
  private static final class TakenTime {
    private final LocalDateTime[] starts;
    private final LocalDateTime[] maxEnds;

    TakenTime(List<DeskTime> times) {
      List<DeskTime> sorted = new ArrayList<>(times);
      sorted.sort(Comparator.comparing(DeskTime::start));
      starts = new LocalDateTime[sorted.size()];
      maxEnds = new LocalDateTime[sorted.size()];
      LocalDateTime max = LocalDateTime.MIN;
      for (int i = 0; i < sorted.size(); i++) {
        starts[i] = sorted.get(i).start();
        max = sorted.get(i).end().isAfter(max) ? sorted.get(i).end() : max;
        maxEnds[i] = max;
      }
    }

    /** Whether anything taken overlaps [start, end). */
    boolean overlaps(LocalDateTime start, LocalDateTime end) {
      // The last taken stretch that starts before `end`: if any earlier one reaches past `start`,
      // the running maximum shows it.
      int low = 0;
      int high = starts.length - 1;
      int last = -1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        if (starts[mid].isBefore(end)) {
          last = mid;
          low = mid + 1;
        } else {
          high = mid - 1;
        }
      }
      return last >= 0 && maxEnds[last].isAfter(start);
    }
  }
}
