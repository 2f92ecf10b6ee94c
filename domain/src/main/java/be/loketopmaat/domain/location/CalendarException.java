package be.loketopmaat.domain.location;

import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.common.Violations;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A departure from a location's weekly schedule for a range of dates: a closure (the location is
 * shut all day, whatever else applies) or an extra opening (windows added to those days, holidays
 * included).
 */
public record CalendarException(
    UUID id,
    Kind kind,
    LocalDate from,
    LocalDate to,
    List<TimeWindow> windows,
    LocalizedText reason) {

  /** A longer exception is a change of the weekly schedule, not an exception to it. */
  public static final int MAX_DAYS = 366;

  public enum Kind {
    CLOSURE,
    EXTRA_OPENING
  }

  public CalendarException {
    Violations violations =
        new Violations()
            .requireNonNull(id, "id")
            .requireNonNull(kind, "kind")
            .requireNonNull(from, "from")
            .requireNonNull(to, "to")
            .requireNonNull(reason, "reason");
    violations.throwIfAny();
    violations.require(!to.isBefore(from), "to", "must not be before from");
    violations.require(
        ChronoUnit.DAYS.between(from, to) < MAX_DAYS,
        "to",
        "an exception spans at most {0} days",
        MAX_DAYS);
    List<TimeWindow> sorted = windows == null ? new ArrayList<>() : new ArrayList<>(windows);
    violations.require(!sorted.contains(null), "windows", "must not contain empty windows");
    sorted.removeIf(w -> w == null);
    Collections.sort(sorted);
    if (kind == Kind.CLOSURE) {
      violations.require(
          sorted.isEmpty(), "windows", "a closure closes whole days and has no windows");
    } else {
      violations.require(
          !sorted.isEmpty(), "windows", "an extra opening needs at least one window");
    }
    for (int i = 1; i < sorted.size(); i++) {
      violations.require(
          !sorted.get(i - 1).overlaps(sorted.get(i)), "windows", "windows must not overlap");
    }
    violations.throwIfAny();
    windows = List.copyOf(sorted);
  }

  public static CalendarException closure(LocalDate from, LocalDate to, LocalizedText reason) {
    return new CalendarException(UUID.randomUUID(), Kind.CLOSURE, from, to, List.of(), reason);
  }

  public static CalendarException extraOpening(
      LocalDate date, List<TimeWindow> windows, LocalizedText reason) {
    return new CalendarException(
        UUID.randomUUID(), Kind.EXTRA_OPENING, date, date, windows, reason);
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
