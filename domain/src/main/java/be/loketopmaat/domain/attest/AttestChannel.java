package be.loketopmaat.domain.attest;

/** Where a citizen asked for an attest delivered automatically. */
public enum AttestChannel {
  /** The city's e-counter (its own portal), the citizen signed in with CSAM/itsme. */
  E_COUNTER,
  /** A self-service kiosk, the citizen identified with their eID. */
  KIOSK
}
