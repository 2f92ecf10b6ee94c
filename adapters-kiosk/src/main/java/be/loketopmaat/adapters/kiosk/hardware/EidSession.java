package be.loketopmaat.adapters.kiosk.hardware;

/**
 * A session with one Belgian eID card, from insertion to removal. Each read answers a {@link
 * CardRead}; a card taken out half way answers {@link CardRead.Removed}, never a partial record.
 */
public interface EidSession extends AutoCloseable {

  /** The identity file, parsed, without checking its signature. */
  CardRead<EidIdentity> identity();

  /** The address file, parsed, without checking its signature. */
  CardRead<EidAddress> address();

  /** The photo (JPEG bytes). */
  CardRead<byte[]> photo();

  /** The five certificates of the card. */
  CardRead<EidCertificates> certificates();

  /**
   * Reads identity, address, photo and certificates and checks them: the identity and address
   * signatures against the National Register certificate, that certificate against a trusted root,
   * the photo against its hash in the identity file, and the card's validity dates. Any mismatch is
   * {@link CardRead.Refused}.
   */
  CardRead<VerifiedCard> readVerified();

  /** Verifies the citizen's PIN (4 to 12 digits). The PIN is not kept. */
  PinOutcome verifyPin(char[] pin);

  /**
   * Signs a challenge with the card's authentication key (SHA-256 over the challenge, PKCS#1 v1.5).
   * The PIN must have been verified in this session first.
   */
  SignOutcome signChallenge(byte[] challenge);

  /** Ends the session; the card stays in the reader. Never throws. */
  @Override
  void close();
}
