package be.loketopmaat.adapters.rest.common;

import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.Coordinates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** Query and path values that the framework would read too leniently or name by a domain word. */
public final class Params {
  private Params() {}

  /**
   * A code from the URL, with its violation named after the parameter (the domain calls every code
   * {@code code}, but the client sent {@code product} or {@code district}).
   */
  public static <T> T code(String parameter, String value, Function<String, T> construction) {
    if (value == null) {
      return null;
    }
    try {
      return construction.apply(value);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(parameter, e.violations().get(0).phrase());
    }
  }

  /**
   * {@code true} or {@code false}, nothing else. Micronaut reads any unknown word as false, which
   * would turn a typo in "digitalIdentification=ture" into a statement about the citizen.
   */
  public static Boolean strictBoolean(RequestAssembly request, String parameter, String value) {
    if (value == null) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> {
        request.violation(parameter, "must be true or false");
        yield null;
      }
    };
  }

  /**
   * A date as {@code YYYY-MM-DD}, refused in the words of the framework's own conversion errors,
   * for endpoints that report every refused parameter at once rather than the first one bound.
   */
  public static LocalDate date(RequestAssembly request, String parameter, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      request.violation(parameter, "must be a date as YYYY-MM-DD");
      return null;
    }
  }

  /** A whole number, refused as {@link #date} refuses a date. */
  public static Integer wholeNumber(RequestAssembly request, String parameter, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      request.violation(parameter, "must be a whole number");
      return null;
    }
  }

  /** One of the constants of {@code type}, by name in any case; refused naming them all. */
  public static <E extends Enum<E>> E oneOf(
      RequestAssembly request, String parameter, String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.strip())) {
        return constant;
      }
    }
    request.violation(
        parameter, "must be one of {0}", java.util.Arrays.toString(type.getEnumConstants()));
    return null;
  }

  /**
   * The number of a row in a path ({@code /messages/4711/retry}); anything else names no row, so it
   * is not found as {@code kind}.
   */
  public static long rowId(String value, String kind) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new be.loketopmaat.application.NotFoundException(kind, value);
    }
  }

  private static final java.util.regex.Pattern UUID_TEXT =
      java.util.regex.Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** An id in its canonical UUID form, or null (and a violation) for anything else. */
  public static java.util.UUID uuid(RequestAssembly request, String parameter, String value) {
    if (value == null) {
      return null;
    }
    if (!UUID_TEXT.matcher(value).matches()) {
      request.violation(parameter, "is not an id (a UUID)");
      return null;
    }
    return java.util.UUID.fromString(value);
  }

  /** A position from {@code latitude} and {@code longitude}: both or neither. */
  public static Coordinates position(RequestAssembly request, Double latitude, Double longitude) {
    if (latitude == null && longitude == null) {
      return null;
    }
    if (latitude == null) {
      request.violation("latitude", "is required together with longitude");
      return null;
    }
    if (longitude == null) {
      request.violation("longitude", "is required together with latitude");
      return null;
    }
    return request.build("", () -> new Coordinates(latitude, longitude));
  }
}
