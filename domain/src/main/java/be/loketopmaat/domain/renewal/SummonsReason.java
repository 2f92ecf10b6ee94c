package be.loketopmaat.domain.renewal;

/** Why a card got no kept slot. */
public enum SummonsReason {
  /** No location near home had a free slot under the cap within the window. */
  NO_SLOT,
  /** No location offers the renewal by appointment. */
  NO_LOCATION,
  /** The register has no e-mail address nor phone number: a letter invites the holder. */
  BY_POST,
  /** The holder booked an eID appointment already. */
  APPOINTMENT_OPEN,
  /** The holder applied for a card already. */
  APPLICATION_OPEN
}
