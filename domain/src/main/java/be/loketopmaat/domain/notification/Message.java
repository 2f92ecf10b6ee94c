package be.loketopmaat.domain.notification;

import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Language;

/**
 * One message to one citizen, written in their language, addressed to their e-mail and/or phone.
 * {@code calendar}, when there is one, is the appointment as an iCalendar event (RFC 5545) that a
 * mail carries as an attachment. {@code appointment} is null for a message about a document rather
 * than an appointment.
 */
public record Message(
    AppointmentReference appointment,
    MessageKind kind,
    Language language,
    String email,
    String phone,
    String subject,
    String body,
    String calendar) {

  /** A message without a calendar event. */
  public Message(
      AppointmentReference appointment,
      MessageKind kind,
      Language language,
      String email,
      String phone,
      String subject,
      String body) {
    this(appointment, kind, language, email, phone, subject, body, null);
  }

  /** The same message, carrying the appointment's calendar event. */
  public Message withCalendar(String event) {
    return new Message(appointment, kind, language, email, phone, subject, body, event);
  }
}
