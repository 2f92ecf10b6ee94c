package be.loketopmaat.domain.mailbox;

import be.loketopmaat.domain.common.InvalidInputException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The key that makes publishing a message idempotent: the mailbox publishes a key once, and answers
 * a second publication with the same key as a duplicate. The sender keeps it with the message, so
 * that a retry after a lost answer cannot deliver the message twice.
 */
public record MessageKey(String value) {
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

  public MessageKey {
    if (value == null || !ALLOWED.matcher(value).matches()) {
      throw new InvalidInputException(
          "messageKey", "must be 8 to 100 letters, digits or the signs . _ : -");
    }
  }

  public static MessageKey random() {
    return new MessageKey(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
