package be.loketopmaat.adapters.rest.common;

import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.Coordinates;
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
      throw new InvalidInputException(parameter, e.violations().get(0).message());
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
