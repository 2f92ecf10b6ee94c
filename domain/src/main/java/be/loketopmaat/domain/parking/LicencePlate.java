package be.loketopmaat.domain.parking;

import be.loketopmaat.domain.common.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A vehicle's number plate, part of a parking permit: a permit is for one vehicle. Kept in capitals
 * without spaces (Belgian plates are written {@code 1-ABC-234}; foreign ones are accepted too).
 */
public record LicencePlate(String value) {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PLATE = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]{0,10}[A-Z0-9])?");

  public LicencePlate {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("plate", "is required");
    }
    value = SPACES.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    if (!PLATE.matcher(value).matches()) {
      throw new InvalidInputException(
          "plate", "must be a number plate of at most 12 letters, digits and dashes");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
