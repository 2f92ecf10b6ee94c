package be.loketopmaat.domain.notification;

/** What the city tells a citizen about an appointment. */
public enum MessageKind {
  CONFIRMATION,
  REMINDER,
  CHANGE,
  CANCELLATION
}
