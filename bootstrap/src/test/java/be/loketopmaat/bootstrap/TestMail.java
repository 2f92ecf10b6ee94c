package be.loketopmaat.bootstrap;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.HashMap;
import java.util.Map;

/** A real SMTP server (GreenMail) for the end-to-end tests, and how to read back what it got. */
final class TestMail {
  private TestMail() {}

  /** The service's mail and outbox settings for {@code smtp}, sending every 200 ms. */
  static Map<String, String> properties(GreenMail smtp, String from) {
    Map<String, String> properties = new HashMap<>();
    properties.put("loket.mail.from", from);
    properties.put("loket.mail.smtp.host", "127.0.0.1");
    properties.put("loket.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
    properties.put("loket.outbox.every", "200ms");
    properties.put("loket.outbox.first-after", "100ms");
    return properties;
  }

  /** The text of a mail: its first part when it has attachments. */
  static String text(MimeMessage mail) throws Exception {
    Object content = mail.getContent();
    if (content instanceof MimeMultipart parts) {
      return (String) parts.getBodyPart(0).getContent();
    }
    return (String) content;
  }
}
