package be.loketopmaat.domain.advice;

/** What the citizen does next for one way of getting a product. */
public enum StepKind {
  /** Nothing: the city delivers it automatically. */
  AUTOMATIC,
  /** Fill in a form online (e-counter or app). */
  ONLINE,
  /** Go to a self-service kiosk. */
  KIOSK,
  /** Call the contact centre. */
  PHONE,
  /** Walk in at a counter without appointment. */
  WALK_IN,
  /** Book an appointment at a counter (online or by phone), then go there. */
  APPOINTMENT,
  /** Ask for a home visit. */
  HOME_VISIT,
  /** Go to the organisation that delivers it. */
  REFERRAL
}
