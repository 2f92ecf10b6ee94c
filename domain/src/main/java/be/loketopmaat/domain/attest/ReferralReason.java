package be.loketopmaat.domain.attest;

/** Why the rules could not answer a request for an attest, and it went to staff. */
public enum ReferralReason {
  /** The register has the person's main residence in another municipality. */
  NOT_REGISTERED_IN_CITY,
  /** The register knows no person with this national number. */
  UNKNOWN_PERSON,
  /** The register has the person as deceased. */
  PERSON_DECEASED,
  /** The register refused to make the attest (its code and diagnosis are in the detail). */
  REGISTER_REFUSED,
  /** The eBox refused the message for another reason than a missing consent. */
  MAILBOX_REFUSED
}
