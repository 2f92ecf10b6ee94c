package be.loketopmaat.adapters.kiosk.virtualcard;

import be.loketopmaat.adapters.kiosk.eid.EidFile;
import be.loketopmaat.adapters.kiosk.eid.Tlv;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a virtual eID card, laid out as the real applet holds them: TLV identity and address
 * files (the address padded with zeros to 117 bytes), their signatures by the National Register
 * key, a JPEG-shaped photo whose SHA-256 is in the identity file, and DER certificates padded with
 * zeros.
 */
public final class CardFiles {
  private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String[] DUTCH_MONTHS = {
    "JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"
  };
  private static final int ADDRESS_FILE_SIZE = 117;
  private static final int CERTIFICATE_FILE_SIZE = 2048;

  private CardFiles() {}

  /** The files for a citizen's card; {@code tampered} changes the last name after signing. */
  public static Map<EidFile, byte[]> build(
      TestPki pki,
      Citizen citizen,
      TestPki.Issued authentication,
      TestPki.Issued signing,
      boolean tampered) {
    byte[] photo = photo(citizen);
    byte[] identity = identity(citizen, sha256(photo), citizen.lastName());
    byte[] identitySignature = sign(pki.nationalRegister().key(), identity);
    byte[] address = Arrays.copyOf(address(citizen), ADDRESS_FILE_SIZE);
    byte[] addressSignature =
        sign(
            pki.nationalRegister().key(),
            concat(Tlv.trimTrailingZeros(address), identitySignature));
    if (tampered) {
      identity = identity(citizen, sha256(photo), citizen.lastName() + "X");
    }
    Map<EidFile, byte[]> files = new EnumMap<>(EidFile.class);
    files.put(EidFile.IDENTITY, identity);
    files.put(EidFile.IDENTITY_SIGNATURE, identitySignature);
    files.put(EidFile.ADDRESS, address);
    files.put(EidFile.ADDRESS_SIGNATURE, addressSignature);
    files.put(EidFile.PHOTO, photo);
    files.put(EidFile.AUTHENTICATION_CERTIFICATE, der(authentication));
    files.put(EidFile.SIGNING_CERTIFICATE, der(signing));
    files.put(EidFile.CITIZEN_CA_CERTIFICATE, der(pki.citizenCa()));
    files.put(EidFile.ROOT_CA_CERTIFICATE, der(pki.root()));
    files.put(EidFile.RRN_CERTIFICATE, der(pki.nationalRegister()));
    return files;
  }

  /** The identity file's TLV, tags 00 to 11 in the card's order. */
  public static byte[] identity(Citizen citizen, byte[] photoDigest, String lastName) {
    Map<Integer, byte[]> fields = new LinkedHashMap<>();
    fields.put(0x00, new byte[] {0x01});
    fields.put(0x01, utf8(citizen.cardNumber()));
    fields.put(
        0x02, new byte[] {0x53, 0x4C, 0x49, 0x4E, 0x33, (byte) 0xF2, 0x00, 0x29, 0x00, 0x26});
    fields.put(0x03, utf8(CARD_DATE.format(citizen.validFrom())));
    fields.put(0x04, utf8(CARD_DATE.format(citizen.validUntil())));
    fields.put(0x05, utf8(citizen.municipality()));
    fields.put(0x06, utf8(citizen.nationalNumber()));
    fields.put(0x07, utf8(lastName));
    fields.put(0x08, utf8(citizen.firstNames()));
    fields.put(0x09, new byte[0]);
    fields.put(0x0A, utf8(citizen.nationality()));
    fields.put(0x0B, utf8(citizen.birthPlace()));
    fields.put(0x0C, utf8(birthDate(citizen.birthDate())));
    fields.put(0x0D, utf8(String.valueOf(citizen.sex())));
    fields.put(0x0E, new byte[0]);
    fields.put(0x0F, utf8("1"));
    fields.put(0x10, utf8("0"));
    fields.put(0x11, photoDigest);
    return Tlv.encode(fields);
  }

  /** The address file's TLV, without padding. */
  public static byte[] address(Citizen citizen) {
    Map<Integer, byte[]> fields = new LinkedHashMap<>();
    fields.put(0x00, new byte[] {0x01});
    fields.put(0x01, utf8(citizen.streetAndNumber()));
    fields.put(0x02, utf8(citizen.postalCode()));
    fields.put(0x03, utf8(citizen.municipality()));
    return Tlv.encode(fields);
  }

  /** {@code 12 MEI 1985}: the birth date as a Dutch-speaking municipality writes it. */
  static String birthDate(LocalDate date) {
    return String.format(
        Locale.ROOT,
        "%02d %s %d",
        date.getDayOfMonth(),
        DUTCH_MONTHS[date.getMonthValue() - 1],
        date.getYear());
  }

  /** A few kilobytes that start and end like a JPEG and differ per citizen. */
  private static byte[] photo(Citizen citizen) {
    byte[] photo = new byte[3064];
    byte[] seed = sha256(utf8(citizen.nationalNumber()));
    for (int i = 0; i < photo.length; i++) {
      photo[i] = (byte) (seed[i % seed.length] + i);
    }
    photo[0] = (byte) 0xFF;
    photo[1] = (byte) 0xD8;
    photo[photo.length - 2] = (byte) 0xFF;
    photo[photo.length - 1] = (byte) 0xD9;
    return photo;
  }

  private static byte[] der(TestPki.Issued issued) {
    try {
      return Arrays.copyOf(issued.certificate().getEncoded(), CERTIFICATE_FILE_SIZE);
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] sign(PrivateKey key, byte[] data) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  private static byte[] utf8(String text) {
    return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
  }
}
