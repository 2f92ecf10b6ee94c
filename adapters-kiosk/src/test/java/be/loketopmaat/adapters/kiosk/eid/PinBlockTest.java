package be.loketopmaat.adapters.kiosk.eid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PinBlockTest {
  private static String hex(byte[] bytes) {
    return HexFormat.of().withUpperCase().formatHex(bytes);
  }

  @Test
  void encodesFormatTwo() {
    assertThat(hex(PinBlock.encode("1234".toCharArray()))).isEqualTo("241234FFFFFFFFFF");
    assertThat(hex(PinBlock.encode("12345".toCharArray()))).isEqualTo("2512345FFFFFFFFF");
    assertThat(hex(PinBlock.encode("098765432101".toCharArray()))).isEqualTo("2C098765432101FF");
  }

  @Test
  void refusesWhatIsNotFourToTwelveDigits() {
    for (String pin : new String[] {"123", "1234567890123", "12a4", ""}) {
      assertThat(PinBlock.isWellFormed(pin.toCharArray())).as(pin).isFalse();
      assertThatThrownBy(() -> PinBlock.encode(pin.toCharArray()))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(PinBlock.isWellFormed(null)).isFalse();
  }

  @Test
  void decodesWhatItEncodesAndNothingElse() {
    assertThat(PinBlock.decode(PinBlock.encode("5678".toCharArray())))
        .containsExactly('5', '6', '7', '8');
    HexFormat h = HexFormat.of();
    assertThat(PinBlock.decode(h.parseHex("141234FFFFFFFFFF"))).as("control nibble 1").isNull();
    assertThat(PinBlock.decode(h.parseHex("2412A4FFFFFFFFFF")))
        .as("a nibble that is no digit")
        .isNull();
    assertThat(PinBlock.decode(h.parseHex("241234FFFFFFFF00")))
        .as("padding that is not F")
        .isNull();
    assertThat(PinBlock.decode(h.parseHex("231234FFFFFFFFFF"))).as("three digits").isNull();
    assertThat(PinBlock.decode(h.parseHex("241234FFFFFFFF"))).as("seven bytes").isNull();
  }
}
