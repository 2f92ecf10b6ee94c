package be.loketopmaat.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One resolved stretch of opening on one date. {@code evening}: open after 18:00, which people who
 * work office hours look for; {@code saturday}: on a Saturday.
 */
public record OpenWindow(
    LocalDate date, LocalTime start, LocalTime end, boolean evening, boolean saturday) {
  public static final LocalTime EVENING_STARTS = LocalTime.of(18, 0);

  public static OpenWindow of(LocalDate date, LocalTime start, LocalTime end) {
    return new OpenWindow(
        date, start, end, end.isAfter(EVENING_STARTS), date.getDayOfWeek() == DayOfWeek.SATURDAY);
  }
}
