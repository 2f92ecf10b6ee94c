package be.loketopmaat.adapters.kiosk.virtualcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The virtual card's answers to commands the adapter never sends: it must answer like a card, not
 * crash.
 */
class VirtualEidCardApduTest {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private static VirtualEidCard card;

  @BeforeAll
  static void card() {
    card = VirtualEidCard.of(Persona.VALID, TestPki.generate("Apdu"));
  }

  private static String send(String hex) {
    String answer = HEX.formatHex(card.process(HEX.parseHex(hex.replace(" ", ""))));
    return answer.substring(answer.length() - 4);
  }

  @Test
  void answersStatusWordsForWhatItDoesNotDo() {
    card.reset();
    assertThat(send("80 A4 08 0C 06 3F00DF014031")).as("class byte").isEqualTo("6E00");
    assertThat(send("00 FF 00 00")).as("unknown instruction").isEqualTo("6D00");
    assertThat(send("00 A4 08 0C 06 3F00DF019999")).as("unknown file").isEqualTo("6A82");
    assertThat(send("00 A4 02 0C 02 4031")).as("select by id").isEqualTo("6A86");
    assertThat(send("00 B0 00 00 10")).as("read before select").isEqualTo("6986");
    assertThat(send("00 20 00 01 08 141234FFFFFFFFFF"))
        .as("not a format-2 block")
        .isEqualTo("6A80");
    assertThat(send("00 20 00 01")).as("tries left").isEqualTo("63C3");
    assertThat(send("00 2A 9E 9A 01 AA 00")).as("signature without MSE").isEqualTo("6985");
    assertThat(send("00 22 41 B6 05 0480018483")).as("signing key not offered").isEqualTo("6A88");
    assertThat(send("00 C0 00 00 00")).as("nothing to get").isEqualTo("6985");
  }

  @Test
  void readsPastTheEndAnswer6B00AndShortReads6Cxx() {
    card.reset();
    assertThat(send("00 A4 08 0C 06 3F00DF014035")).isEqualTo("9000");
    // The photo is 3064 (0x0BF8) bytes.
    assertThat(send("00 B0 0B F0 F8")).isEqualTo("6C08");
    assertThat(send("00 B0 0B F0 08")).isEqualTo("9000");
    assertThat(send("00 B0 0B F8 F8")).isEqualTo("6B00");
  }
}
