package be.loketopmaat.adapters.messaging.sms;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how SMS go out: the gateway's base URL (none: SMS stays off), its API key, the sender
 * name citizens see, and how long a call may take.
 */
public record SmsSettings(URI url, String apiKey, String sender, Duration timeout) {
  /** At most 11 letters or digits: what an alphanumeric SMS sender may be. */
  public static final int MAX_SENDER = 11;

  public SmsSettings {
    if (sender == null || !sender.matches("[A-Za-z0-9]{1," + MAX_SENDER + "}")) {
      throw new IllegalArgumentException(
          "an SMS sender name is 1 to " + MAX_SENDER + " letters or digits: " + sender);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("an SMS timeout is positive: " + timeout);
    }
    if (url != null && !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new IllegalArgumentException("the SMS gateway URL is http(s): " + url);
    }
  }

  /** From configuration, where an empty URL means no gateway. */
  public static SmsSettings of(String url, String apiKey, String sender, Duration timeout) {
    return new SmsSettings(
        url == null || url.isBlank() ? null : URI.create(url.strip()),
        apiKey == null ? "" : apiKey.strip(),
        sender,
        timeout);
  }
}
