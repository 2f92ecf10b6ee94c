package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.common.InvalidInputException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The short reference a citizen reads out on the phone or at the desk, e.g. {@code K7M-4QXD}: eight
 * characters of an alphabet without look-alikes (no 0/O, 1/I/L, U). It identifies; it does not
 * authorise: changing an appointment also needs its management code.
 */
public record AppointmentReference(String value) {
  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

  /** The shape as a regular expression, for those who document it; lower case is accepted too. */
  public static final String SHAPE_PATTERN = "[" + ALPHABET + "]{3}-[" + ALPHABET + "]{4}";

  private static final RandomGenerator RANDOM = new SecureRandom();
  private static final Pattern SHAPE = Pattern.compile(SHAPE_PATTERN);

  public AppointmentReference {
    if (value == null) {
      throw new InvalidInputException("reference", "is required");
    }
    value = value.strip().toUpperCase(Locale.ROOT);
    if (!SHAPE.matcher(value).matches()) {
      throw new InvalidInputException(
          "reference", "is not an appointment reference (like K7M-4QXD)");
    }
  }

  public static AppointmentReference random() {
    StringBuilder builder = new StringBuilder(8);
    for (int i = 0; i < 7; i++) {
      if (i == 3) {
        builder.append('-');
      }
      builder.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new AppointmentReference(builder.toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
