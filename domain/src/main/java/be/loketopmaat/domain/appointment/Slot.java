package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.calendar.OpenWindow;
import be.loketopmaat.domain.location.LocationCode;
import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * A free stretch of time at a location, long enough for what the citizen needs, in the city's
 * wall-clock time. Which desk will serve is chosen when the slot is taken, not shown to the
 * citizen.
 */
public record Slot(LocationCode location, LocalDateTime start, LocalDateTime end) {
  /** An evening slot: it starts when evening opening hours start (see {@link OpenWindow}). */
  public boolean evening() {
    return !start.toLocalTime().isBefore(OpenWindow.EVENING_STARTS);
  }

  public boolean saturday() {
    return start.getDayOfWeek() == DayOfWeek.SATURDAY;
  }
}
