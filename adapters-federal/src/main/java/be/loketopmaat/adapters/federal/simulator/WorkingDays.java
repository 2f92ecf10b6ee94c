package be.loketopmaat.adapters.federal.simulator;

import be.loketopmaat.domain.calendar.CityTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

/** Working days as the simulators count them: Monday to Friday in Brussels, no public holidays. */
final class WorkingDays {
  private WorkingDays() {}

  /** The same time of day, {@code days} working days later. */
  static Instant plus(Instant from, int days) {
    ZonedDateTime at = from.atZone(CityTime.ZONE);
    int left = days;
    while (left > 0) {
      at = at.plusDays(1);
      if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return at.toInstant();
  }
}
