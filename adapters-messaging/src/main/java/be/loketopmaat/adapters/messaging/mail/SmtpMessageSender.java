package be.loketopmaat.adapters.messaging.mail;

import be.loketopmaat.application.port.out.MessageSender;
import be.loketopmaat.domain.notification.Message;
import jakarta.mail.Address;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/**
 * Sends a message as e-mail over SMTP with Jakarta Mail (Eclipse Angus): a multipart with the text
 * body and, when the message carries one, the appointment's calendar file as {@code text/calendar}.
 * A refused address is a permanent failure; a server that is down, slow or answers 4xx is
 * transient.
 */
public final class SmtpMessageSender implements MessageSender {
  private final SmtpSettings settings;
  private final Session session;

  public SmtpMessageSender(SmtpSettings settings) {
    this.settings = settings;
    Properties properties = new Properties();
    if (settings.configured()) {
      String timeout = Long.toString(settings.timeout().toMillis());
      properties.put("mail.smtp.host", settings.host());
      properties.put("mail.smtp.port", Integer.toString(settings.port()));
      properties.put("mail.smtp.connectiontimeout", timeout);
      properties.put("mail.smtp.timeout", timeout);
      properties.put("mail.smtp.writetimeout", timeout);
      properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
      properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    }
    boolean auth = settings.username() != null && !settings.username().isBlank();
    properties.put("mail.smtp.auth", Boolean.toString(auth));
    this.session =
        Session.getInstance(
            properties,
            auth
                ? new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.username(), settings.password());
                  }
                }
                : null);
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public boolean ready() {
    return settings.configured();
  }

  @Override
  public void send(Message message) throws DeliveryException {
    MimeMessage mail;
    try {
      mail = compose(message);
    } catch (AddressException e) {
      throw new DeliveryException("bad address: " + e.getMessage(), true, e);
    } catch (MessagingException e) {
      throw new DeliveryException("cannot compose: " + e.getMessage(), true, e);
    }
    try {
      Transport.send(mail);
    } catch (SendFailedException e) {
      throw new DeliveryException("refused: " + e.getMessage(), permanent(e), e);
    } catch (MessagingException e) {
      throw new DeliveryException("SMTP: " + e.getMessage(), false, e);
    }
  }

  /** A 5xx answer for the recipient means the address will never work; 4xx may pass later. */
  private static boolean permanent(SendFailedException e) {
    for (Exception next = e.getNextException(); next != null; ) {
      if (next instanceof SMTPAddressFailedException failed) {
        return failed.getReturnCode() >= 500;
      }
      next = next instanceof MessagingException m ? m.getNextException() : null;
    }
    Address[] invalid = e.getInvalidAddresses();
    return invalid != null && invalid.length > 0 && e.getValidUnsentAddresses() == null;
  }

  MimeMessage compose(Message message) throws MessagingException {
    MimeMessage mail = new MimeMessage(session);
    mail.setFrom(new InternetAddress(settings.from(), true));
    mail.setRecipients(
        jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.email(), true));
    mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
    mail.setHeader(
        "Content-Language", message.language().name().toLowerCase(java.util.Locale.ROOT));
    MimeMultipart parts = new MimeMultipart("mixed");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(message.body(), StandardCharsets.UTF_8.name());
    parts.addBodyPart(text);
    if (message.calendar() != null) {
      // An attachment rather than an inline invitation (method=REQUEST): the city is not an
      // organiser whose invitation the citizen answers; the event goes into their own calendar.
      MimeBodyPart event = new MimeBodyPart();
      event.setContent(message.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
      event.setFileName("appointment-" + message.appointment().value() + ".ics");
      parts.addBodyPart(event);
    }
    mail.setContent(parts);
    return mail;
  }
}
