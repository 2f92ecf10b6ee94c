package be.loketopmaat.adapters.kiosk.virtualcard;

import be.loketopmaat.adapters.kiosk.eid.EidFile;
import be.loketopmaat.adapters.kiosk.eid.PinBlock;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Map;
import javax.smartcardio.CommandAPDU;

/**
 * A Belgian eID card in memory that answers the applet's APDUs: SELECT by path (00 A4 08 0C), READ
 * BINARY (6Cxx when fewer bytes are left than asked, 6B00 at or past the end), VERIFY with a
 * format-2 PIN block (63Cx tries left, 63C0 then 6983 once blocked; a right PIN before that resets
 * the counter), MSE SET and PSO: COMPUTE DIGITAL SIGNATURE with the authentication key (6982 before
 * the PIN, the signature announced with 6100 and handed over by GET RESPONSE, as on T=0).
 *
 * <p>The PIN counter lives on the card across sessions; the verified PIN, the selected file and the
 * security environment are reset at every connect, as a card reset does.
 */
public final class VirtualEidCard {
  /** The ATR of a Belgian eID (applet 1.7). */
  static final byte[] ATR = {
    0x3B,
    (byte) 0x98,
    0x13,
    0x40,
    0x0A,
    (byte) 0xA5,
    0x03,
    0x01,
    0x01,
    0x01,
    (byte) 0xAD,
    0x13,
    0x11
  };

  private static final int MAX_TRIES = 3;

  private final Map<EidFile, byte[]> files;
  private final char[] pin;
  private final PrivateKey authenticationKey;
  private int triesLeft;

  private byte[] selected;
  private boolean pinVerified;
  private boolean authenticationKeySet;
  private byte[] pendingResponse;

  VirtualEidCard(
      Map<EidFile, byte[]> files, String pin, PrivateKey authenticationKey, int triesLeft) {
    this.files = Map.copyOf(files);
    this.pin = pin.toCharArray();
    this.authenticationKey = authenticationKey;
    this.triesLeft = triesLeft;
  }

  /** A card of the persona, its files signed by the PKI's National Register key. */
  public static VirtualEidCard of(Persona persona, TestPki pki) {
    return of(
        persona.citizen(),
        pki,
        persona == Persona.TAMPERED,
        persona == Persona.PIN_BLOCKED ? 0 : MAX_TRIES);
  }

  /** A card for any citizen. */
  public static VirtualEidCard of(Citizen citizen, TestPki pki, boolean tampered, int triesLeft) {
    String name = citizen.firstNames() + " " + citizen.lastName();
    TestPki.Issued authentication =
        pki.issueCitizen(name, citizen.nationalNumber(), "Authentication");
    TestPki.Issued signing = pki.issueCitizen(name, citizen.nationalNumber(), "Signature");
    return new VirtualEidCard(
        CardFiles.build(pki, citizen, authentication, signing, tampered),
        citizen.pin(),
        authentication.key(),
        triesLeft);
  }

  /** PIN tries left on the card (0: blocked). */
  public synchronized int triesLeft() {
    return triesLeft;
  }

  /** A copy of one of the card's files. */
  public byte[] file(EidFile file) {
    return files.get(file).clone();
  }

  /** A reset, as when the reader powers the card: everything but the PIN counter is forgotten. */
  synchronized void reset() {
    selected = null;
    pinVerified = false;
    authenticationKeySet = false;
    pendingResponse = null;
  }

  /** Answers one command APDU with a response APDU (data and status word). */
  public synchronized byte[] process(byte[] commandBytes) {
    CommandAPDU command;
    try {
      command = new CommandAPDU(commandBytes);
    } catch (IllegalArgumentException e) {
      return sw(0x6700);
    }
    if (command.getCLA() != 0x00) {
      return sw(0x6E00);
    }
    int ins = command.getINS();
    if (ins != 0xC0) {
      pendingResponse = null;
    }
    switch (ins) {
      case 0xA4:
        return select(command);
      case 0xB0:
        return readBinary(command);
      case 0x20:
        return verify(command);
      case 0x22:
        return manageSecurityEnvironment(command);
      case 0x2A:
        return computeSignature(command);
      case 0xC0:
        return getResponse(command);
      default:
        return sw(0x6D00);
    }
  }

  private byte[] select(CommandAPDU command) {
    if (command.getP1() != 0x08 || command.getP2() != 0x0C) {
      return sw(0x6A86);
    }
    byte[] path = command.getData();
    for (EidFile file : EidFile.values()) {
      if (Arrays.equals(file.path(), path)) {
        selected = files.get(file);
        return sw(0x9000);
      }
    }
    return sw(0x6A82);
  }

  private byte[] readBinary(CommandAPDU command) {
    if (selected == null) {
      return sw(0x6986);
    }
    int offset = (command.getP1() << 8) | command.getP2();
    if ((command.getP1() & 0x80) != 0) {
      return sw(0x6A86);
    }
    if (offset >= selected.length) {
      return sw(0x6B00);
    }
    int left = selected.length - offset;
    int wanted = command.getNe();
    if (wanted > left) {
      return sw(0x6C00 | left);
    }
    return answer(Arrays.copyOfRange(selected, offset, offset + wanted), 0x9000);
  }

  private byte[] verify(CommandAPDU command) {
    if (command.getP1() != 0x00 || command.getP2() != 0x01) {
      return sw(0x6A86);
    }
    if (command.getNc() == 0) {
      // VERIFY without data asks how many tries are left.
      return triesLeft == 0 ? sw(0x6983) : pinVerified ? sw(0x9000) : sw(0x63C0 | triesLeft);
    }
    if (triesLeft == 0) {
      return sw(0x6983);
    }
    char[] entered = PinBlock.decode(command.getData());
    if (entered == null) {
      return sw(0x6A80);
    }
    boolean right = Arrays.equals(entered, pin);
    Arrays.fill(entered, '\0');
    if (right) {
      triesLeft = MAX_TRIES;
      pinVerified = true;
      return sw(0x9000);
    }
    triesLeft--;
    pinVerified = false;
    return sw(0x63C0 | triesLeft);
  }

  private byte[] manageSecurityEnvironment(CommandAPDU command) {
    if (command.getP1() != 0x41 || command.getP2() != 0xB6) {
      return sw(0x6A86);
    }
    byte[] data = command.getData();
    if (data.length != 5 || data[0] != 0x04 || data[1] != (byte) 0x80 || data[3] != (byte) 0x84) {
      return sw(0x6A80);
    }
    if (data[2] != 0x01) {
      authenticationKeySet = false;
      return sw(0x6A80);
    }
    if (data[4] != (byte) 0x82) {
      // Only the authentication key is on this card's simulator; the signing key (83) is not
      // offered.
      authenticationKeySet = false;
      return sw(0x6A88);
    }
    authenticationKeySet = true;
    return sw(0x9000);
  }

  private byte[] computeSignature(CommandAPDU command) {
    if (command.getP1() != 0x9E || command.getP2() != 0x9A) {
      return sw(0x6A86);
    }
    if (!authenticationKeySet) {
      return sw(0x6985);
    }
    if (!pinVerified) {
      return sw(0x6982);
    }
    byte[] digestInfo = command.getData();
    if (digestInfo.length == 0 || digestInfo.length > 245) {
      return sw(0x6700);
    }
    try {
      Signature raw = Signature.getInstance("NONEwithRSA");
      raw.initSign(authenticationKey);
      raw.update(digestInfo);
      pendingResponse = raw.sign();
    } catch (GeneralSecurityException e) {
      return sw(0x6F00);
    }
    return sw(0x6100 | (pendingResponse.length & 0xFF));
  }

  private byte[] getResponse(CommandAPDU command) {
    if (pendingResponse == null) {
      return sw(0x6985);
    }
    int wanted = command.getNe();
    if (wanted < pendingResponse.length) {
      return sw(0x6C00 | (pendingResponse.length & 0xFF));
    }
    byte[] data = pendingResponse;
    pendingResponse = null;
    return answer(data, 0x9000);
  }

  private static byte[] answer(byte[] data, int sw) {
    byte[] response = Arrays.copyOf(data, data.length + 2);
    response[data.length] = (byte) (sw >> 8);
    response[data.length + 1] = (byte) sw;
    return response;
  }

  private static byte[] sw(int sw) {
    return answer(new byte[0], sw);
  }
}
