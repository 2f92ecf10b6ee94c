package be.loketopmaat.adapters.kiosk.eid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TlvTest {
  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  @Test
  void readsTagsLengthsAndValuesInOrder() {
    Map<Integer, byte[]> fields = Tlv.parse(hex("00 01 01  01 03 414243  07 00  0A 02 4245"));
    assertThat(fields.keySet()).containsExactly(0x00, 0x01, 0x07, 0x0A);
    assertThat(fields.get(0x01)).isEqualTo("ABC".getBytes());
    assertThat(fields.get(0x07)).isEmpty();
    assertThat(fields.get(0x0A)).isEqualTo("BE".getBytes());
  }

  @Test
  void aLengthWithTheHighBitSetContinuesInTheNextByte() {
    // 0x81 0x48 = (1 << 7) | 0x48 = 200
    byte[] file = new byte[3 + 200 + 3];
    file[0] = 0x11;
    file[1] = (byte) 0x81;
    file[2] = 0x48;
    for (int i = 0; i < 200; i++) {
      file[3 + i] = (byte) (i + 1);
    }
    file[203] = 0x12;
    file[204] = 0x01;
    file[205] = 0x33;
    Map<Integer, byte[]> fields = Tlv.parse(file);
    assertThat(fields.get(0x11)).hasSize(200).startsWith(1, 2).endsWith((byte) 200);
    assertThat(fields.get(0x12)).containsExactly(0x33);
  }

  @Test
  void encodingLongValuesRoundTrips() {
    Map<Integer, byte[]> fields = new LinkedHashMap<>();
    fields.put(0x01, new byte[127]);
    fields.put(0x02, new byte[128]);
    fields.put(0x03, new byte[20000]);
    byte[] encoded = Tlv.encode(fields);
    assertThat(encoded[1]).isEqualTo((byte) 0x7F);
    assertThat(encoded[2 + 127 + 1]).isEqualTo((byte) 0x81);
    assertThat(encoded[2 + 127 + 2]).isEqualTo((byte) 0x00);
    // 0x03's value ends in zeros: trimming the padding must give them back.
    assertThat(Tlv.parse(encoded).get(0x03)).hasSize(20000);
  }

  @Test
  void zeroPaddingAtTheEndIsNotAField() {
    Map<Integer, byte[]> fields = Tlv.parse(hex("01 02 3132 02 04 32303030 00000000000000"));
    assertThat(fields.keySet()).containsExactly(0x01, 0x02);
  }

  @Test
  void aValueEndingInZerosBeforeThePaddingIsKeptWhole() {
    Map<Integer, byte[]> fields = Tlv.parse(hex("11 04 AB CD 00 00"));
    assertThat(fields.get(0x11)).containsExactly(0xAB, 0xCD, 0x00, 0x00);
  }

  @Test
  void aLengthPastTheEndIsMalformed() {
    assertThatThrownBy(() -> Tlv.parse(hex("01 05 414243")))
        .isInstanceOf(MalformedEidFileException.class)
        .hasMessageContaining("claims 5 bytes, 3 left");
  }

  @Test
  void aTagWithoutLengthIsMalformed() {
    assertThatThrownBy(() -> Tlv.parse(hex("01 01 41 07")))
        .isInstanceOf(MalformedEidFileException.class)
        .hasMessageContaining("no length");
  }

  @Test
  void aContinuedLengthThatStopsIsMalformed() {
    assertThatThrownBy(() -> Tlv.parse(hex("01 81")))
        .isInstanceOf(MalformedEidFileException.class)
        .hasMessageContaining("broken length");
  }

  @Test
  void aRepeatedTagIsMalformed() {
    assertThatThrownBy(() -> Tlv.parse(hex("01 01 41 01 01 42")))
        .isInstanceOf(MalformedEidFileException.class)
        .hasMessageContaining("twice");
  }
}
