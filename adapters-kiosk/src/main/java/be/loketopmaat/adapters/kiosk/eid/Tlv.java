package be.loketopmaat.adapters.kiosk.eid;

import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tag-length-value layout of the eID's identity and address files: a tag byte, then the length,
 * then that many bytes of value. The length is one byte for values up to 127 bytes; longer values
 * set the high bit and continue in the next byte, seven bits each, most significant first (as the
 * Belgian eID middleware reads it): 200 is {@code 81 48}. The address file is padded with zero
 * bytes at the end.
 */
public final class Tlv {
  private Tlv() {}

  /** The fields by tag, in file order. A repeated tag, or a length past the end, is malformed. */
  public static Map<Integer, byte[]> parse(byte[] file) {
    Map<Integer, byte[]> fields = new LinkedHashMap<>();
    byte[] content = trimTrailingZeros(file);
    int index = 0;
    while (index < content.length) {
      int tag = content[index++] & 0xFF;
      if (index >= content.length) {
        throw new MalformedEidFileException("tag 0x" + Integer.toHexString(tag) + " has no length");
      }
      int lengthByte = content[index++] & 0xFF;
      int length = lengthByte & 0x7F;
      while ((lengthByte & 0x80) != 0) {
        if (index >= content.length || length > 0xFFFF) {
          throw new MalformedEidFileException(
              "tag 0x" + Integer.toHexString(tag) + " has a broken length");
        }
        lengthByte = content[index++] & 0xFF;
        length = (length << 7) | (lengthByte & 0x7F);
      }
      if (length > content.length - index) {
        // Trailing zeros can belong to the last value: take them back before calling it truncated.
        if (length <= file.length - index) {
          content = file;
        } else {
          throw new MalformedEidFileException(
              "tag 0x"
                  + Integer.toHexString(tag)
                  + " claims "
                  + length
                  + " bytes, "
                  + (file.length - index)
                  + " left");
        }
      }
      byte[] value = new byte[length];
      System.arraycopy(content, index, value, 0, length);
      index += length;
      if (fields.put(tag, value) != null) {
        throw new MalformedEidFileException("tag 0x" + Integer.toHexString(tag) + " appears twice");
      }
    }
    return Collections.unmodifiableMap(fields);
  }

  /** Encodes fields in the same layout (used by the virtual card and by test fixtures). */
  public static byte[] encode(Map<Integer, byte[]> fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach(
        (tag, value) -> {
          out.write(tag);
          writeLength(out, value.length);
          out.writeBytes(value);
        });
    return out.toByteArray();
  }

  private static void writeLength(ByteArrayOutputStream out, int length) {
    int groups = 1;
    while (length >> (7 * groups) != 0) {
      groups++;
    }
    for (int g = groups - 1; g >= 0; g--) {
      int bits = (length >> (7 * g)) & 0x7F;
      out.write(g == 0 ? bits : bits | 0x80);
    }
  }

  /** The file without the zero bytes that pad it to its fixed size on the card. */
  public static byte[] trimTrailingZeros(byte[] file) {
    int end = file.length;
    while (end > 0 && file[end - 1] == 0) {
      end--;
    }
    byte[] trimmed = new byte[end];
    System.arraycopy(file, 0, trimmed, 0, end);
    return trimmed;
  }
}
