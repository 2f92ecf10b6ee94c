package be.loketopmaat.domain.location;

/** What a location is equipped with; products name the facilities they need. */
public enum Facility {
  PHOTO_BOOTH,
  /** A safe for identity documents waiting to be picked up. */
  SAFE,
  /** Fingerprint, photo and signature capture for identity documents. */
  BIOMETRICS_STATION,
  KIOSK_TERMINAL,
  PRINTER,
  EID_READER,
  CARD_PAYMENT,
  WHEELCHAIR_ACCESS
}
