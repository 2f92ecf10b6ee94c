package be.loketopmaat.adapters.kiosk.ipp;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary encoding of IPP messages (RFC 8010, section 3): two version bytes, a two-byte
 * operation id or status code, a four-byte request id; per group a delimiter tag, then per value a
 * value tag, a two-byte name length and name (length 0: another value of the attribute before), a
 * two-byte value length and value; the end-of-attributes tag 03; then the document data.
 */
public final class IppCodec {
  private IppCodec() {}

  public static byte[] encode(IppMessage message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(message.major());
    out.write(message.minor());
    writeShort(out, message.code());
    out.writeBytes(ByteBuffer.allocate(4).putInt(message.requestId()).array());
    for (IppMessage.Group group : message.groups()) {
      out.write(group.tag());
      for (IppMessage.Attribute attribute : group.attributes()) {
        byte[] name = attribute.name().getBytes(StandardCharsets.US_ASCII);
        boolean first = true;
        for (IppMessage.Value value : attribute.values()) {
          out.write(value.tag());
          writeShort(out, first ? name.length : 0);
          if (first) {
            out.writeBytes(name);
          }
          byte[] bytes = value.bytes();
          writeShort(out, bytes.length);
          out.writeBytes(bytes);
          first = false;
        }
      }
    }
    out.write(IppMessage.END_OF_ATTRIBUTES);
    out.writeBytes(message.data());
    return out.toByteArray();
  }

  /** Decodes a message; anything truncated or out of order is an {@link IppFormatException}. */
  public static IppMessage decode(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      int major = in.get() & 0xFF;
      int minor = in.get() & 0xFF;
      int code = in.getShort() & 0xFFFF;
      int requestId = in.getInt();
      List<IppMessage.Group> groups = new ArrayList<>();
      List<IppMessage.Attribute> attributes = null;
      int groupTag = -1;
      String name = null;
      List<IppMessage.Value> values = null;
      while (true) {
        int tag = in.get() & 0xFF;
        if (tag <= 0x0F) {
          if (name != null) {
            attributes.add(new IppMessage.Attribute(name, values));
            name = null;
          }
          if (attributes != null) {
            groups.add(new IppMessage.Group(groupTag, attributes));
          }
          if (tag == IppMessage.END_OF_ATTRIBUTES) {
            break;
          }
          if (tag == 0x00) {
            throw new IppFormatException("reserved delimiter tag 0x00");
          }
          groupTag = tag;
          attributes = new ArrayList<>();
          continue;
        }
        if (attributes == null) {
          throw new IppFormatException("a value before any attribute group");
        }
        byte[] nameBytes = new byte[in.getShort() & 0xFFFF];
        in.get(nameBytes);
        byte[] value = new byte[in.getShort() & 0xFFFF];
        in.get(value);
        if (nameBytes.length == 0) {
          if (name == null) {
            throw new IppFormatException("an additional value without an attribute");
          }
        } else {
          if (name != null) {
            attributes.add(new IppMessage.Attribute(name, values));
          }
          name = new String(nameBytes, StandardCharsets.US_ASCII);
          values = new ArrayList<>();
        }
        values.add(new IppMessage.Value(tag, value));
      }
      byte[] data = new byte[in.remaining()];
      in.get(data);
      return new IppMessage(major, minor, code, requestId, groups, data);
    } catch (BufferUnderflowException e) {
      throw new IppFormatException("the message ends before its end-of-attributes tag");
    }
  }

  private static void writeShort(ByteArrayOutputStream out, int value) {
    if (value < 0 || value > 0xFFFF) {
      throw new IllegalArgumentException("does not fit two bytes: " + value);
    }
    out.write(value >> 8);
    out.write(value & 0xFF);
  }

  /** Bytes that are not an IPP message. */
  public static final class IppFormatException extends RuntimeException {
    public IppFormatException(String message) {
      super(message);
    }
  }
}
