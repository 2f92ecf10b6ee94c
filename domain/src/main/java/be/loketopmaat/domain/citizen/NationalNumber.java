package be.loketopmaat.domain.citizen;

import be.loketopmaat.domain.common.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A Belgian national number (INSZ / rijksregisternummer, or a bis number), kept as its 11 digits.
 *
 * <p>Written {@code YYMMDD-SSS-CC}; dots, dashes and spaces are accepted and dropped. The check
 * digits are {@code 97 - (first nine digits mod 97)}, and for people born from 2000 on the nine
 * digits are prefixed with 2 ({@code 97 - ((2000000000 + first nine) mod 97)}): since the century
 * is not written, either answer is accepted. Bis numbers add 20 (gender unknown) or 40 (gender
 * known) to the month; a month or day of 00 stands for a birth date that is not known.
 */
public record NationalNumber(String digits) {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
  private static final Pattern ELEVEN_DIGITS = Pattern.compile("[0-9]{11}");

  public NationalNumber {
    if (digits == null || digits.isBlank()) {
      throw new InvalidInputException("insz", "is required");
    }
    digits = SEPARATORS.matcher(digits).replaceAll("");
    if (!ELEVEN_DIGITS.matcher(digits).matches()) {
      throw new InvalidInputException("insz", "must be 11 digits, written YYMMDD-SSS-CC");
    }
    int month = Integer.parseInt(digits.substring(2, 4)) % 20;
    int monthBlock = Integer.parseInt(digits.substring(2, 4)) / 20;
    int day = Integer.parseInt(digits.substring(4, 6));
    if (monthBlock > 2 || month > 12 || day > 31) {
      throw new InvalidInputException("insz", "does not hold a valid birth date");
    }
    long first9 = Long.parseLong(digits.substring(0, 9));
    int check = Integer.parseInt(digits.substring(9));
    boolean bornBefore2000 = check == 97 - (int) (first9 % 97);
    boolean bornFrom2000 = check == 97 - (int) ((2_000_000_000L + first9) % 97);
    if (!bornBefore2000 && !bornFrom2000) {
      throw new InvalidInputException(
          "insz", "check digits do not match: this is not a valid national number");
    }
  }

  public static NationalNumber of(String value) {
    return new NationalNumber(value);
  }

  /** Whether this is a bis number (for people not or not yet in the National Register). */
  public boolean isBis() {
    return Integer.parseInt(digits.substring(2, 4)) >= 20;
  }

  /** The usual written form, {@code YYMMDD-SSS-CC}. */
  public String formatted() {
    return digits.substring(0, 6) + "-" + digits.substring(6, 9) + "-" + digits.substring(9);
  }

  /** Masked for logs and staff lists: the birth date part only. */
  public String masked() {
    return digits.substring(0, 6) + "-***-**";
  }

  @Override
  public String toString() {
    return masked();
  }
}
