package be.loketopmaat.adapters.messaging.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.out.MessageSender.DeliveryException;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sends to GreenMail, a real SMTP server in the test JVM, and reads the mail back. */
class SmtpMessageSenderTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private SmtpMessageSender sender(int port) {
    return new SmtpMessageSender(
        new SmtpSettings(
            "127.0.0.1", port, "afspraken@stad.example", null, null, false, Duration.ofSeconds(2)));
  }

  private static Message message(Language language, String email, String subject, String body) {
    return new Message(
        new AppointmentReference("K7M-4QXD"),
        MessageKind.CONFIRMATION,
        language,
        email,
        null,
        subject,
        body);
  }

  @Test
  void aMailIsReadBackInTheCitizensLanguage() throws Exception {
    SmtpMessageSender sender = sender(SMTP.getSmtp().getPort());
    sender.send(
        message(
            Language.NL,
            "an@example.be",
            "Bevestiging afspraak K7M-4QXD",
            "Uw afspraak is bevestigd: morgen, maandag 23 november 2026 om 09:00."));
    sender.send(
        message(
            Language.FR,
            "luc@example.be",
            "Confirmation du rendez-vous K7M-4QXD",
            "Votre rendez-vous est confirmé : demain, lundi 23 novembre 2026 à 09:00."));

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received[0].getSubject()).isEqualTo("Bevestiging afspraak K7M-4QXD");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("an@example.be");
    assertThat(received[0].getFrom()[0].toString()).isEqualTo("afspraken@stad.example");
    assertThat(received[0].getHeader("Content-Language")).containsExactly("nl");
    MimeMultipart french = (MimeMultipart) received[1].getContent();
    assertThat(received[1].getSubject()).isEqualTo("Confirmation du rendez-vous K7M-4QXD");
    assertThat(GreenMailUtil.getBody(french.getBodyPart(0)))
        .contains("confirm=C3=A9 : demain, lundi 23 novembre 2026");
    assertThat((String) french.getBodyPart(0).getContent())
        .isEqualTo("Votre rendez-vous est confirmé : demain, lundi 23 novembre 2026 à 09:00.");
  }

  @Test
  void theAppointmentsCalendarEventTravelsAsAnIcsAttachment() throws Exception {
    String event =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Rendez-vous : Districtshuis Deurne\r\nEND:VCALENDAR\r\n";
    sender(SMTP.getSmtp().getPort())
        .send(
            message(
                    Language.FR,
                    "luc@example.be",
                    "Confirmation du rendez-vous K7M-4QXD",
                    "Confirmé.")
                .withCalendar(event));

    MimeMultipart parts = (MimeMultipart) SMTP.getReceivedMessages()[0].getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(1).getContentType())
        .startsWith("text/calendar")
        .contains("method=PUBLISH");
    assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("appointment-K7M-4QXD.ics");
    assertThat(
            new String(
                parts.getBodyPart(1).getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(event);
  }

  @Test
  void aMalformedAddressIsAPermanentFailure() {
    SmtpMessageSender sender = sender(SMTP.getSmtp().getPort());
    assertThatThrownBy(() -> sender.send(message(Language.EN, "not an address@", "s", "b")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void aServerThatIsDownIsATransientFailure() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    SmtpMessageSender sender = sender(closed);
    assertThatThrownBy(() -> sender.send(message(Language.EN, "an@example.be", "s", "b")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isFalse());
  }

  @Test
  void withoutAHostTheSenderIsNotReady() {
    SmtpMessageSender unconfigured =
        new SmtpMessageSender(new SmtpSettings("", 25, "x@y.z", null, null, false, Duration.ZERO));
    assertThat(unconfigured.ready()).isFalse();
    assertThat(sender(SMTP.getSmtp().getPort()).ready()).isTrue();
  }
}
