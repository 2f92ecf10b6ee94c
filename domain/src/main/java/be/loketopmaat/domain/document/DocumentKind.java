package be.loketopmaat.domain.document;

/**
 * The identity documents a municipality takes applications for and hands out, all made by the
 * federal card production. Fingerprints are captured from the age of 12, except for a Kids-ID.
 */
public enum DocumentKind {
  EID(true),
  KIDS_ID(false),
  PASSPORT(true),
  FOREIGNER_CARD(true);

  private final boolean fingerprints;

  DocumentKind(boolean fingerprints) {
    this.fingerprints = fingerprints;
  }

  /** Whether fingerprints are taken for this kind (for a person of 12 or older). */
  public boolean takesFingerprints() {
    return fingerprints;
  }
}
