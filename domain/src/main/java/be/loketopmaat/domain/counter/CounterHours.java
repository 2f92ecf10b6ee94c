package be.loketopmaat.domain.counter;

import be.loketopmaat.domain.calendar.OpenWindow;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Phrase;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * When the counter works: check-in, tickets and calling the next citizen happen while the location
 * is open on that day, give or take a margin (staff open the doors a little early and finish the
 * queue after closing).
 *
 * @param windows the location's resolved open windows of the day
 * @param margin how long before opening and after closing the counter still works
 */
public record CounterHours(List<OpenWindow> windows, Duration margin) {

  public CounterHours {
    windows = List.copyOf(windows);
    if (margin.isNegative()) {
      throw new IllegalArgumentException("the counter's margin cannot be negative");
    }
  }

  public boolean workingAt(LocalDateTime now) {
    return windows.stream()
        .filter(w -> w.date().equals(now.toLocalDate()))
        .anyMatch(
            w ->
                !now.isBefore(w.date().atTime(w.start()).minus(margin))
                    && now.isBefore(w.date().atTime(w.end()).plus(margin)));
  }

  /**
   * Refuses a counter action outside the working hours.
   *
   * @param what the action, for the message ("check-in", "a walk-in ticket")
   */
  public void requireWorkingAt(LocalDateTime now, Phrase what) {
    if (workingAt(now)) {
      return;
    }
    if (windows.isEmpty()) {
      throw new ConflictException(
          "location-closed",
          "{0} is only possible while the location is open; it is closed all day",
          what);
    }
    throw new ConflictException(
        "location-closed",
        "{0} is only possible while the location is open; today: {1}",
        what,
        today());
  }

  /** The open stretches of the day that are still ahead at {@code now}, cut at {@code now}. */
  public List<OpenWindow> ahead(LocalDateTime now) {
    LocalTime time = now.toLocalTime();
    return windows.stream()
        .filter(w -> w.date().equals(now.toLocalDate()) && w.end().isAfter(time))
        .map(w -> w.start().isBefore(time) ? OpenWindow.of(w.date(), time, w.end()) : w)
        .toList();
  }

  private String today() {
    StringBuilder hours = new StringBuilder();
    for (int i = 0; i < windows.size(); i++) {
      OpenWindow w = windows.get(i);
      hours.append(i == 0 ? "" : ", ").append(w.start()).append('-').append(w.end());
    }
    return hours.toString();
  }
}
