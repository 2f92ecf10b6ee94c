package be.loketopmaat.adapters.persistence;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Conversions between the domain's small value types and the plain values of rows, documents and
 * reference files, used by the MapStruct mappers of both. Null stays null, so that the domain's
 * constructors are the one place that says what is required.
 */
public final class ValueConversions {
  private ValueConversions() {}

  public static String clientId(ClientId client) {
    return client == null ? null : client.digest();
  }

  public static ClientId clientId(String digest) {
    return digest == null ? null : new ClientId(digest);
  }

  public static String productCode(ProductCode code) {
    return code == null ? null : code.value();
  }

  public static ProductCode productCode(String value) {
    return value == null ? null : new ProductCode(value);
  }

  public static String locationCode(LocationCode code) {
    return code == null ? null : code.value();
  }

  public static LocationCode locationCode(String value) {
    return value == null ? null : new LocationCode(value);
  }

  public static String districtCode(DistrictCode code) {
    return code == null ? null : code.value();
  }

  public static DistrictCode districtCode(String value) {
    return value == null ? null : new DistrictCode(value);
  }

  /** Desk durations are whole minutes in documents and files: that is how people plan a counter. */
  public static Integer minutes(Duration duration) {
    return duration == null ? null : Math.toIntExact(duration.toMinutes());
  }

  public static Duration minutes(Integer minutes) {
    return minutes == null ? null : Duration.ofMinutes(minutes);
  }

  /**
   * Times are text ({@code 08:30}) rather than left to the JSON library, whose date-time format is
   * a global setting that another module may change: a stored document must read back the same.
   */
  public static String time(LocalTime time) {
    return time == null ? null : time.toString();
  }

  public static LocalTime time(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("time", "'{0}' is not a time of the form HH:mm", text);
    }
  }

  public static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  public static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("date", "'{0}' is not a date of the form yyyy-MM-dd", text);
    }
  }

  public static String monthDay(MonthDay day) {
    return day == null ? null : day.toString();
  }

  public static MonthDay monthDay(String text) {
    if (text == null) {
      return null;
    }
    try {
      return MonthDay.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "day", "'{0}' is not a day of the year of the form --MM-dd", text);
    }
  }

  /** Enum sets in declaration order, so that the same set is always written the same way. */
  public static <E extends Enum<E>> List<E> sorted(Set<E> values) {
    return values == null ? null : values.stream().sorted().toList();
  }

  public static <E extends Enum<E>> Set<E> asSet(List<E> values) {
    return values == null ? null : new LinkedHashSet<>(values);
  }
}
