package be.loketopmaat.domain.common;

import java.util.regex.Pattern;

/**
 * The shape shared by every stable code of the domain: lower case, digits and dashes, 2 to 60 long.
 */
public final class Code {
  /** The shape as a regular expression, for those who document it (the API's schemas). */
  public static final String SHAPE = "[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])";

  private static final Pattern PATTERN = Pattern.compile(SHAPE);

  private Code() {}

  public static String require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    if (!PATTERN.matcher(value).matches()) {
      throw new InvalidInputException(
          field,
          "must be 2 to 60 lower-case letters, digits or dashes, not starting or ending with a dash");
    }
    return value;
  }

  public static boolean isValid(String value) {
    return value != null && PATTERN.matcher(value).matches();
  }
}
