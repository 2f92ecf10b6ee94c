package be.loketopmaat.domain.notification;

/** What the city tells a citizen about an appointment. */
public enum MessageKind {
  CONFIRMATION,
  REMINDER,
  CHANGE,
  CANCELLATION,
  /** A fresh link to manage the appointment, asked for by the citizen or sent by staff. */
  MANAGEMENT_LINK
}
