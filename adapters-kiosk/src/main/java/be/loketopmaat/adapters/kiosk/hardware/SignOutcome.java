package be.loketopmaat.adapters.kiosk.hardware;

import java.security.cert.X509Certificate;

/** What asking the card to sign a challenge gave. */
public sealed interface SignOutcome
    permits SignOutcome.Signed, SignOutcome.PinRequired, SignOutcome.Removed, SignOutcome.Failed {

  /**
   * The signature (PKCS#1 v1.5 over SHA-256 of the challenge) and the certificate that verifies it.
   */
  record Signed(byte[] signature, X509Certificate authenticationCertificate)
      implements SignOutcome {}

  /** The PIN was not verified in this session (the card answers 6982). */
  record PinRequired() implements SignOutcome {}

  /** The card was taken out. */
  record Removed() implements SignOutcome {}

  /** The card answered something unexpected. */
  record Failed(String detail) implements SignOutcome {}
}
