package be.loketopmaat.adapters.messaging.mail;

import java.time.Duration;

/**
 * Where and how e-mail goes out. An empty {@code host} means no SMTP server is configured: the
 * sender then says it is not ready and messages stay queued.
 */
public record SmtpSettings(
    String host,
    int port,
    String from,
    String username,
    String password,
    boolean startTls,
    Duration timeout) {

  public boolean configured() {
    return host != null && !host.isBlank();
  }
}
