package be.loketopmaat.adapters.kiosk.eid;

import java.io.ByteArrayOutputStream;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.ResponseAPDU;

/**
 * The eID applet's commands over one card channel: select and read files, verify the PIN, sign with
 * the authentication key. A {@link CardException} (reader gone, card removed) is passed on
 * unchanged.
 */
public final class EidApplet {
  /** Status words the applet answers. */
  public static final int SW_OK = 0x9000;

  public static final int SW_END_OF_FILE = 0x6B00;
  public static final int SW_FILE_NOT_FOUND = 0x6A82;
  public static final int SW_PIN_BLOCKED = 0x6983;
  public static final int SW_SECURITY_STATUS_NOT_SATISFIED = 0x6982;

  /**
   * The largest file the applet holds is the photo, a few kilobytes: guard against a card that
   * never ends.
   */
  private static final int MAX_FILE_SIZE = 0x7FFF;

  private final CardChannel channel;

  public EidApplet(CardChannel channel) {
    this.channel = channel;
  }

  /** Selects the file and reads it to its end, block by block. */
  public byte[] readFile(EidFile file) throws CardException, StatusWordException {
    ResponseAPDU selected = channel.transmit(EidCommands.selectFile(file));
    if (selected.getSW() != SW_OK) {
      throw new StatusWordException("SELECT " + file.pathHex(), selected.getSW());
    }
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    int offset = 0;
    while (offset <= MAX_FILE_SIZE) {
      int wanted = Math.min(EidCommands.READ_BLOCK, MAX_FILE_SIZE + 1 - offset);
      ResponseAPDU block = channel.transmit(EidCommands.readBinary(offset, wanted));
      int sw = block.getSW();
      if (sw == SW_END_OF_FILE) {
        // The offset is at (or past) the end: a file whose size is a multiple of the block size
        // ends here.
        break;
      }
      boolean last = false;
      if ((sw & 0xFF00) == 0x6C00) {
        // Fewer bytes are left than asked for; the card tells how many: ask again for exactly that.
        wanted = sw & 0xFF;
        block = channel.transmit(EidCommands.readBinary(offset, wanted));
        sw = block.getSW();
        last = true;
      }
      if (sw != SW_OK) {
        throw new StatusWordException("READ BINARY " + file.pathHex() + " at " + offset, sw);
      }
      byte[] data = block.getData();
      content.writeBytes(data);
      offset += data.length;
      if (last || data.length < wanted || data.length == 0) {
        break;
      }
    }
    return content.toByteArray();
  }

  /** Sends VERIFY with the PIN block and answers the status word (9000, 63Cx, 6983 or another). */
  public int verifyPin(byte[] pinBlock) throws CardException {
    return channel.transmit(EidCommands.verifyPin(pinBlock)).getSW();
  }

  /**
   * MSE SET (authentication key, PKCS#1) then PSO: COMPUTE DIGITAL SIGNATURE over the DigestInfo.
   */
  public byte[] signWithAuthenticationKey(byte[] digestInfo)
      throws CardException, StatusWordException {
    ResponseAPDU set = channel.transmit(EidCommands.selectAuthenticationKey());
    if (set.getSW() != SW_OK) {
      throw new StatusWordException("MSE SET", set.getSW());
    }
    ResponseAPDU signed = channel.transmit(EidCommands.computeDigitalSignature(digestInfo));
    ByteArrayOutputStream signature = new ByteArrayOutputStream();
    signature.writeBytes(signed.getData());
    // On T=0 the card announces the signature with 61xx and hands it over on GET RESPONSE.
    while (signed.getSW1() == 0x61) {
      signed = channel.transmit(EidCommands.getResponse(signed.getSW2()));
      signature.writeBytes(signed.getData());
    }
    if (signed.getSW() != SW_OK) {
      throw new StatusWordException("PSO: COMPUTE DIGITAL SIGNATURE", signed.getSW());
    }
    return signature.toByteArray();
  }
}
