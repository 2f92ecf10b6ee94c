package be.loketopmaat.domain.calendar;

import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.TimeWindow;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The resolved opening of one location over a range of dates. Rules, in order: a closure shuts the
 * whole day; otherwise a public holiday removes the weekly windows; extra openings add their
 * windows (also on holidays); windows that touch are merged.
 */
public record OpeningCalendar(
    LocationCode location,
    LocalDate from,
    LocalDate to,
    List<OpenWindow> windows,
    List<ClosedDay> closedDays) {

  /**
   * Longer ranges are refused: nobody plans further than a year, and the answer must stay small.
   */
  public static final int MAX_DAYS = 366;

  public static OpeningCalendar resolve(
      Location location, LocalDate from, LocalDate to, HolidayCalendar holidays) {
    if (from == null || to == null) {
      throw new InvalidInputException(from == null ? "from" : "to", "is required");
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new InvalidInputException("to", "a calendar spans at most {0} days", MAX_DAYS);
    }
    List<OpenWindow> open = new ArrayList<>();
    List<ClosedDay> closed = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      LocalDate day = date;
      List<TimeWindow> regular = location.schedule().on(day.getDayOfWeek());
      Optional<CalendarException> closure =
          location.exceptions().stream()
              .filter(e -> e.kind() == CalendarException.Kind.CLOSURE && e.covers(day))
              .findFirst();
      if (closure.isPresent()) {
        if (!regular.isEmpty() || hasExtraOpening(location, day)) {
          closed.add(new ClosedDay(day, closure.get().reason()));
        }
        continue;
      }
      List<TimeWindow> windows = new ArrayList<>();
      Optional<PublicHoliday> holiday = holidays.holidayOn(day);
      if (holiday.isPresent()) {
        if (!regular.isEmpty()) {
          closed.add(new ClosedDay(day, holiday.get().name()));
        }
      } else {
        windows.addAll(regular);
      }
      location.exceptions().stream()
          .filter(e -> e.kind() == CalendarException.Kind.EXTRA_OPENING && e.covers(day))
          .forEach(e -> windows.addAll(e.windows()));
      if (holiday.isPresent() && !windows.isEmpty()) {
        closed.removeIf(c -> c.date().equals(day));
      }
      for (TimeWindow window : merge(windows)) {
        open.add(OpenWindow.of(day, window.start(), window.end()));
      }
    }
    return new OpeningCalendar(location.code(), from, to, List.copyOf(open), List.copyOf(closed));
  }

  private static boolean hasExtraOpening(Location location, LocalDate day) {
    return location.exceptions().stream()
        .anyMatch(e -> e.kind() == CalendarException.Kind.EXTRA_OPENING && e.covers(day));
  }

  static List<TimeWindow> merge(List<TimeWindow> windows) {
    List<TimeWindow> sorted = new ArrayList<>(windows);
    Collections.sort(sorted);
    List<TimeWindow> merged = new ArrayList<>();
    for (TimeWindow window : sorted) {
      if (!merged.isEmpty() && merged.get(merged.size() - 1).touches(window)) {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1).union(window));
      } else {
        merged.add(window);
      }
    }
    return merged;
  }
}
