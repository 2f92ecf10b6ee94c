package be.loketopmaat.domain.document;

/**
 * The documents a municipality hands out after a federal system made them: identity documents by
 * the card production (Belpic), driving licences by BelDrive. Fingerprints are captured at the city
 * from the age of 12 for the identity documents, except for a Kids-ID, and never for a driving
 * licence (BelDrive takes its application).
 */
public enum DocumentKind {
  EID(true, FederalSystem.BELPIC),
  KIDS_ID(false, FederalSystem.BELPIC),
  PASSPORT(true, FederalSystem.BELPIC),
  FOREIGNER_CARD(true, FederalSystem.BELPIC),
  DRIVING_LICENCE(false, FederalSystem.BELDRIVE);

  private final boolean fingerprints;
  private final FederalSystem madeBy;

  DocumentKind(boolean fingerprints, FederalSystem madeBy) {
    this.fingerprints = fingerprints;
    this.madeBy = madeBy;
  }

  /** Whether fingerprints are taken for this kind (for a person of 12 or older). */
  public boolean takesFingerprints() {
    return fingerprints;
  }

  /**
   * Whether this is a card with a chip whose PIN/PUK codes the card production sends (eID, Kids-ID,
   * foreigner card): while one is on its way, new codes for the old card are not ordered.
   */
  public boolean carriesCodes() {
    return this == EID || this == KIDS_ID || this == FOREIGNER_CARD;
  }

  /** The federal system that makes this kind. */
  public FederalSystem madeBy() {
    return madeBy;
  }
}
