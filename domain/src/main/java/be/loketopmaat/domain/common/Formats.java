package be.loketopmaat.domain.common;

import java.util.regex.Pattern;

/**
 * The text formats the domain accepts, compiled once: value objects are built for every row read,
 * so a regular expression compiled per check would cost more than the rest of the constructor.
 */
public final class Formats {
  private static final Pattern HTTP_URL = Pattern.compile("https?://\\S{1,500}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ./()-]{3,30}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern NOT_A_DIGIT = Pattern.compile("[^0-9]");
  private static final Pattern BELGIAN_POSTAL_CODE = Pattern.compile("[1-9][0-9]{3}");

  private Formats() {}

  public static boolean isHttpUrl(String value) {
    return value != null && HTTP_URL.matcher(value).matches();
  }

  /**
   * Digits with the usual separators; {@code minLength} counts them too (a short number like 1700).
   */
  public static boolean isPhone(String value, int minLength) {
    return value != null && value.length() >= minLength && PHONE.matcher(value).matches();
  }

  public static boolean isEmail(String value) {
    return value != null && value.length() <= 254 && EMAIL.matcher(value).matches();
  }

  public static boolean isBelgianPostalCode(String value) {
    return value != null && BELGIAN_POSTAL_CODE.matcher(value).matches();
  }

  /**
   * Whether two phone numbers reach the same line, however they are written: {@code +32 470 12 34
   * 56}, {@code 0032470123456} and {@code 0470/12.34.56} are the same (a leading 0 is read as a
   * Belgian number).
   */
  public static boolean samePhone(String a, String b) {
    return a != null
        && b != null
        && !phoneDigits(a).isEmpty()
        && phoneDigits(a).equals(phoneDigits(b));
  }

  /** A phone number as its international digits, without the leading 00 or +. */
  public static String phoneDigits(String phone) {
    String digits = NOT_A_DIGIT.matcher(phone).replaceAll("");
    if (digits.startsWith("00")) {
      return digits.substring(2);
    }
    if (digits.startsWith("0")) {
      return "32" + digits.substring(1);
    }
    return digits;
  }
}
