package be.loketopmaat.adapters.kiosk.eid;

import java.util.HexFormat;

/** The files of the Belgian eID applet, by their path from the master file 3F00. */
public enum EidFile {
  IDENTITY(0xDF01, 0x4031),
  IDENTITY_SIGNATURE(0xDF01, 0x4032),
  ADDRESS(0xDF01, 0x4033),
  ADDRESS_SIGNATURE(0xDF01, 0x4034),
  PHOTO(0xDF01, 0x4035),
  AUTHENTICATION_CERTIFICATE(0xDF00, 0x5038),
  SIGNING_CERTIFICATE(0xDF00, 0x5039),
  CITIZEN_CA_CERTIFICATE(0xDF00, 0x503A),
  ROOT_CA_CERTIFICATE(0xDF00, 0x503B),
  RRN_CERTIFICATE(0xDF00, 0x503C);

  /** The master file every path starts from. */
  public static final int MASTER_FILE = 0x3F00;

  private final int directory;
  private final int file;

  EidFile(int directory, int file) {
    this.directory = directory;
    this.file = file;
  }

  /** The six bytes of the path: 3F00, the dedicated file, the elementary file. */
  public byte[] path() {
    return new byte[] {
      0x3F, 0x00, (byte) (directory >> 8), (byte) directory, (byte) (file >> 8), (byte) file
    };
  }

  /** The path in hex, for messages: {@code 3F00DF014031}. */
  public String pathHex() {
    return HexFormat.of().withUpperCase().formatHex(path());
  }
}
