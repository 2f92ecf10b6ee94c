package be.loketopmaat.adapters.kiosk.eid;

import javax.smartcardio.CommandAPDU;

/**
 * The command APDUs the kiosk sends to a Belgian eID card, each as the applet expects it (CLA 00).
 *
 * <p>Authentication uses MANAGE SECURITY ENVIRONMENT (SET, digital signature template) choosing the
 * authentication key 0x82 and algorithm 0x01 (RSASSA-PKCS1 v1.5, the host sends the DigestInfo),
 * then PERFORM SECURITY OPERATION: COMPUTE DIGITAL SIGNATURE. That is what the Belgian eID
 * middleware does for the citizen's authentication signature; the applet's INTERNAL AUTHENTICATE
 * (00 88) signs with the card's own basic key, not the citizen's, so it does not prove who holds
 * the card.
 */
public final class EidCommands {
  /**
   * Bytes asked per READ BINARY: fits a short APDU answer on T=0 readers, as the middleware reads.
   */
  public static final int READ_BLOCK = 0xF8;

  /** Key reference of the authentication key in MSE SET. */
  public static final int AUTHENTICATION_KEY = 0x82;

  /** Algorithm reference: PKCS#1 v1.5 over a DigestInfo computed by the host. */
  public static final int ALGORITHM_PKCS1 = 0x01;

  /** PIN reference of the citizen's PIN. */
  public static final int PIN_REFERENCE = 0x01;

  private EidCommands() {}

  /** SELECT FILE by path from the master file, no answer data (P1 08, P2 0C). */
  public static CommandAPDU selectFile(EidFile file) {
    return new CommandAPDU(0x00, 0xA4, 0x08, 0x0C, file.path());
  }

  /** READ BINARY of {@code length} bytes from {@code offset} in the selected file. */
  public static CommandAPDU readBinary(int offset, int length) {
    if (offset < 0 || offset > 0x7FFF) {
      throw new IllegalArgumentException("READ BINARY offset must be 0..32767, was " + offset);
    }
    return new CommandAPDU(0x00, 0xB0, offset >> 8, offset & 0xFF, length);
  }

  /** VERIFY with the ISO 9564 format-2 PIN block of the citizen's PIN. */
  public static CommandAPDU verifyPin(byte[] pinBlock) {
    return new CommandAPDU(0x00, 0x20, 0x00, PIN_REFERENCE, pinBlock);
  }

  /** MSE SET for a digital signature with the authentication key. */
  public static CommandAPDU selectAuthenticationKey() {
    return new CommandAPDU(
        0x00,
        0x22,
        0x41,
        0xB6,
        new byte[] {0x04, (byte) 0x80, ALGORITHM_PKCS1, (byte) 0x84, (byte) AUTHENTICATION_KEY});
  }

  /** PSO: COMPUTE DIGITAL SIGNATURE over a DigestInfo; up to 256 bytes of signature expected. */
  public static CommandAPDU computeDigitalSignature(byte[] digestInfo) {
    return new CommandAPDU(0x00, 0x2A, 0x9E, 0x9A, digestInfo, 256);
  }

  /** GET RESPONSE for {@code length} bytes that the card announced with 61xx (00 means 256). */
  public static CommandAPDU getResponse(int length) {
    return new CommandAPDU(0x00, 0xC0, 0x00, 0x00, length == 0 ? 256 : length);
  }
}
