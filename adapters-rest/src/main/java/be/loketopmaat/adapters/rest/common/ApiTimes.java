package be.loketopmaat.adapters.rest.common;

import static be.loketopmaat.domain.calendar.CityTime.ZONE;

import be.loketopmaat.domain.common.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The domain keeps the city's wall-clock time; the API speaks instants with an offset, so that a
 * client in another zone (or a server in UTC) cannot misread 18:00 as its own 18:00. Conversion
 * happens here only.
 */
public final class ApiTimes {
  public static final String EXAMPLE = "2026-11-24T18:00:00+01:00";

  /** Always with seconds and a numeric offset, so that clients can compare the strings they get. */
  private static final DateTimeFormatter OUT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private ApiTimes() {}

  /**
   * A wall-clock time of the city as the instant it denotes. In the autumn hour that occurs twice,
   * the earlier offset (summer time) is taken, as {@link java.time.ZonedDateTime} does.
   */
  public static String format(LocalDateTime wallClock) {
    return wallClock == null ? null : wallClock.atZone(ZONE).format(OUT);
  }

  /**
   * An ISO 8601 date-time with offset as the city's wall-clock time. A value without offset is
   * refused: guessing its zone would book the wrong hour for whoever guessed differently.
   *
   * @throws InvalidInputException under the field name {@code time}; callers place it under their
   *     path
   */
  public static LocalDateTime parse(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("time", "is required");
    }
    try {
      return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .atZoneSameInstant(ZONE)
          .toLocalDateTime();
    } catch (DateTimeParseException notWithOffset) {
      if (isLocalDateTime(value.strip())) {
        throw new InvalidInputException("time", "needs an offset from UTC, e.g. {0}", EXAMPLE);
      }
      throw new InvalidInputException(
          "time", "must be an ISO 8601 date-time with offset, e.g. {0}", EXAMPLE);
    }
  }

  /** "Today" for a default date: the city's today, whatever zone the server's clock is in. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }

  private static boolean isLocalDateTime(String value) {
    try {
      LocalDateTime.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
