package be.loketopmaat.domain.population;

/** Why the population register refused to answer, in domain words. */
public enum RefusalReason {
  /** The register holds the number for invalid (its structure or birth date is not possible). */
  INVALID_NATIONAL_NUMBER,
  /** The register knows no person with this number. */
  UNKNOWN_PERSON,
  /** The register does not know the attest model asked for. */
  UNKNOWN_ATTEST_MODEL,
  /** The register cannot write the attest in the language asked for. */
  UNKNOWN_LANGUAGE,
  /** The person's file is closed because the person died. */
  PERSON_DECEASED,
  /** Any other refusal; the register's own code and diagnosis say more. */
  OTHER
}
