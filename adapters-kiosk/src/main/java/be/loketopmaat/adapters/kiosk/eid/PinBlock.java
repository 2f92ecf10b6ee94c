package be.loketopmaat.adapters.kiosk.eid;

import java.util.Arrays;

/**
 * The ISO 9564 format-2 PIN block the eID's VERIFY takes: 8 bytes, first nibble 2, second the PIN
 * length, then the PIN's digits one per nibble, padded with F. {@code 1234} is {@code 24 12 34 FF
 * FF FF FF FF}.
 */
public final class PinBlock {
  public static final int MIN_DIGITS = 4;
  public static final int MAX_DIGITS = 12;

  private PinBlock() {}

  /** Whether {@code pin} is 4 to 12 decimal digits. */
  public static boolean isWellFormed(char[] pin) {
    if (pin == null || pin.length < MIN_DIGITS || pin.length > MAX_DIGITS) {
      return false;
    }
    for (char c : pin) {
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The block for a well-formed PIN; the caller wipes it after use. */
  public static byte[] encode(char[] pin) {
    if (!isWellFormed(pin)) {
      throw new IllegalArgumentException("a PIN is 4 to 12 digits");
    }
    byte[] block = new byte[8];
    Arrays.fill(block, (byte) 0xFF);
    block[0] = (byte) (0x20 | pin.length);
    for (int i = 0; i < pin.length; i++) {
      int digit = pin[i] - '0';
      int index = 1 + i / 2;
      block[index] =
          i % 2 == 0 ? (byte) ((digit << 4) | 0x0F) : (byte) ((block[index] & 0xF0) | digit);
    }
    return block;
  }

  /**
   * The PIN in a block, or null when the block is not format 2 (wrong control nibble, length
   * outside 4..12, a nibble that is not a digit, padding that is not F). Used by the virtual card.
   */
  public static char[] decode(byte[] block) {
    if (block == null || block.length != 8 || (block[0] & 0xF0) != 0x20) {
      return null;
    }
    int length = block[0] & 0x0F;
    if (length < MIN_DIGITS || length > MAX_DIGITS) {
      return null;
    }
    char[] pin = new char[length];
    for (int i = 0; i < 14; i++) {
      int nibble = (block[1 + i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0x0F;
      if (i < length) {
        if (nibble > 9) {
          return null;
        }
        pin[i] = (char) ('0' + nibble);
      } else if (nibble != 0x0F) {
        return null;
      }
    }
    return pin;
  }
}
