package be.loketopmaat.benchmark;

import be.loketopmaat.adapters.messaging.mail.SmtpMessageSender;
import be.loketopmaat.adapters.messaging.mail.SmtpSettings;
import be.loketopmaat.application.port.out.MessageSender.DeliveryException;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * How fast the outbox goes out through a real SMTP server (GreenMail, in this JVM): an instance
 * with the sender on works through the confirmations the bookings queued, against the SMTP adapter
 * alone sending the same number of messages from here, one after another, to the same server.
 */
final class MessageThroughput {
  /** A sample, not the whole queue: enough to time, short enough for the run. */
  static final int MESSAGES = 2_000;

  record Result(int queued, int sent, double perSecond, double adapterPerSecond) {}

  private MessageThroughput() {}

  static Result measure(Settings settings, int port, File log) throws Exception {
    int queued = queued(settings);
    int target = Math.min(queued, MESSAGES);
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      int smtpPort = smtp.getSmtp().getPort();
      double adapter = adapterAlone(smtpPort, target);
      // Not reset(): that restarts the server, on another free port.
      smtp.purgeEmailFromAllMailboxes();
      Map<String, String> env = settings.serviceEnvironment();
      env.put("LOKET_SMTP_HOST", "127.0.0.1");
      env.put("LOKET_SMTP_PORT", String.valueOf(smtpPort));
      env.put("LOKET_OUTBOX_EVERY", "100ms");
      env.put("LOKET_OUTBOX_FIRST_AFTER", "100ms");
      try (ServiceProcess sender = ServiceProcess.start(settings.serviceJar(), port, env, log)) {
        long t0 = System.nanoTime();
        long deadline = t0 + Duration.ofSeconds(120).toNanos();
        while (smtp.getReceivedMessages().length < target && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int sent = smtp.getReceivedMessages().length;
        return new Result(queued, sent, sent / seconds, adapter);
      }
    } finally {
      smtp.stop();
    }
  }

  /** The SMTP adapter alone: {@code count} confirmations, one after another, to the same server. */
  private static double adapterAlone(int smtpPort, int count) throws DeliveryException {
    SmtpMessageSender sender =
        new SmtpMessageSender(
            new SmtpSettings(
                "127.0.0.1",
                smtpPort,
                "bench@loket.invalid",
                "",
                "",
                false,
                Duration.ofSeconds(10)));
    Message message =
        new Message(
            new AppointmentReference("K7M-4QXD"),
            MessageKind.CONFIRMATION,
            Language.NL,
            "bench@example.be",
            null,
            "Bevestiging afspraak K7M-4QXD",
            "Uw afspraak is bevestigd: maandag 23 november 2026 om 09:00 in Districtshuis Deurne.");
    long t0 = System.nanoTime();
    for (int i = 0; i < count; i++) {
      sender.send(message);
    }
    return count / ((System.nanoTime() - t0) / 1e9);
  }

  private static int queued(Settings settings) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT count(*) FROM outbox_message WHERE status = 'QUEUED' AND recipient_email IS NOT NULL")) {
      result.next();
      return result.getInt(1);
    }
  }
}
