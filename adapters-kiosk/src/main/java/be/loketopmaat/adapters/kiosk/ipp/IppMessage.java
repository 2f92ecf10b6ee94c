package be.loketopmaat.adapters.kiosk.ipp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPP/1.1 request or response (RFC 8010): version, operation id or status code, request id,
 * attribute groups, then the document data.
 *
 * @param code the operation id of a request, or the status code of a response
 */
public record IppMessage(
    int major, int minor, int code, int requestId, List<Group> groups, byte[] data) {
  /** Group delimiter tags. */
  public static final int OPERATION_ATTRIBUTES = 0x01;

  public static final int JOB_ATTRIBUTES = 0x02;
  public static final int END_OF_ATTRIBUTES = 0x03;
  public static final int PRINTER_ATTRIBUTES = 0x04;
  public static final int UNSUPPORTED_ATTRIBUTES = 0x05;

  /** Value tags used here. */
  public static final int INTEGER = 0x21;

  public static final int BOOLEAN = 0x22;
  public static final int ENUM = 0x23;
  public static final int TEXT = 0x41;
  public static final int NAME = 0x42;
  public static final int KEYWORD = 0x44;
  public static final int URI = 0x45;
  public static final int CHARSET = 0x47;
  public static final int NATURAL_LANGUAGE = 0x48;
  public static final int MIME_MEDIA_TYPE = 0x49;

  /** Operations. */
  public static final int PRINT_JOB = 0x0002;

  public static final int GET_JOB_ATTRIBUTES = 0x0009;
  public static final int GET_PRINTER_ATTRIBUTES = 0x000B;

  public IppMessage {
    groups = List.copyOf(groups);
    data = data == null ? new byte[0] : data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  /** The first group with this tag. */
  public Optional<Group> group(int tag) {
    return groups.stream().filter(g -> g.tag() == tag).findFirst();
  }

  /** The first value of an attribute in the first group with this tag that has it. */
  public Optional<Value> first(int groupTag, String name) {
    return groups.stream()
        .filter(g -> g.tag() == groupTag)
        .map(g -> g.attribute(name))
        .flatMap(Optional::stream)
        .findFirst()
        .map(a -> a.values().get(0));
  }

  /** All values of an attribute, as strings, from the first group with this tag that has it. */
  public List<String> strings(int groupTag, String name) {
    return groups.stream()
        .filter(g -> g.tag() == groupTag)
        .map(g -> g.attribute(name))
        .flatMap(Optional::stream)
        .findFirst()
        .map(a -> a.values().stream().map(Value::asString).toList())
        .orElse(List.of());
  }

  /** A group of attributes. */
  public record Group(int tag, List<Attribute> attributes) {
    public Group {
      attributes = List.copyOf(attributes);
    }

    public Optional<Attribute> attribute(String name) {
      return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }
  }

  /** An attribute with one or more values. */
  public record Attribute(String name, List<Value> values) {
    public Attribute {
      Objects.requireNonNull(name, "name");
      if (values.isEmpty()) {
        throw new IllegalArgumentException("an attribute has at least one value");
      }
      values = List.copyOf(values);
    }

    public static Attribute of(String name, Value... values) {
      return new Attribute(name, List.of(values));
    }
  }

  /** One value: its tag and its bytes. */
  public record Value(int tag, byte[] bytes) {
    public Value {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    public static Value string(int tag, String text) {
      return new Value(tag, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Value integer(int tag, int number) {
      return new Value(tag, ByteBuffer.allocate(4).putInt(number).array());
    }

    public static Value bool(boolean value) {
      return new Value(BOOLEAN, new byte[] {(byte) (value ? 1 : 0)});
    }

    /** The value as an int (integer, enum: 4 bytes; boolean: 1 byte). */
    public int asInt() {
      if (bytes.length == 1) {
        return bytes[0];
      }
      if (bytes.length != 4) {
        throw new IllegalStateException("not a 4-byte integer value");
      }
      return ByteBuffer.wrap(bytes).getInt();
    }

    public String asString() {
      return tag == INTEGER || tag == ENUM
          ? Integer.toString(asInt())
          : new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Builds a message group by group. */
  public static final class Builder {
    private final int code;
    private final int requestId;
    private final List<Group> groups = new ArrayList<>();
    private List<Attribute> current;
    private int currentTag;
    private int major = 1;
    private int minor = 1;
    private byte[] data = new byte[0];

    public Builder(int code, int requestId) {
      this.code = code;
      this.requestId = requestId;
    }

    public Builder version(int majorVersion, int minorVersion) {
      this.major = majorVersion;
      this.minor = minorVersion;
      return this;
    }

    public Builder group(int tag) {
      close();
      current = new ArrayList<>();
      currentTag = tag;
      return this;
    }

    public Builder add(String name, Value... values) {
      current.add(Attribute.of(name, values));
      return this;
    }

    public Builder data(byte[] bytes) {
      this.data = bytes;
      return this;
    }

    private void close() {
      if (current != null) {
        groups.add(new Group(currentTag, current));
      }
    }

    public IppMessage build() {
      close();
      current = null;
      return new IppMessage(major, minor, code, requestId, groups, data);
    }
  }
}
