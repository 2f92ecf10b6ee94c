package be.loketopmaat.adapters.messaging.sms;

import java.util.Optional;

/** Phone numbers as the SMS gateway wants them: E.164, Belgian when no country is given. */
final class PhoneNumbers {
  private PhoneNumbers() {}

  /**
   * {@code +32 470 12 34 56}, {@code 0470/12.34.56} and {@code 0032470123456} all become {@code
   * +32470123456}; anything that cannot be a number is empty.
   */
  static Optional<String> e164(String phone) {
    if (phone == null) {
      return Optional.empty();
    }
    String compact = phone.replaceAll("[\\s./()-]", "");
    String international;
    if (compact.startsWith("+")) {
      international = compact;
    } else if (compact.startsWith("00")) {
      international = "+" + compact.substring(2);
    } else if (compact.startsWith("0")) {
      international = "+32" + compact.substring(1);
    } else {
      return Optional.empty();
    }
    return international.matches("\\+[1-9]\\d{7,14}")
        ? Optional.of(international)
        : Optional.empty();
  }
}
