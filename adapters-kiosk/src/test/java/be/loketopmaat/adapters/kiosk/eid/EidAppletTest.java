package be.loketopmaat.adapters.kiosk.eid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The applet's command bytes and the read loop's handling of 6Cxx and 6B00, against scripted
 * answers.
 */
class EidAppletTest {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private static String data(int length, int from) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (from + i);
    }
    return HEX.formatHex(bytes);
  }

  @Test
  void commandBytesFollowTheApplet() {
    assertThat(HEX.formatHex(EidCommands.selectFile(EidFile.IDENTITY).getBytes()))
        .isEqualTo("00A4080C063F00DF014031");
    assertThat(HEX.formatHex(EidCommands.selectFile(EidFile.RRN_CERTIFICATE).getBytes()))
        .isEqualTo("00A4080C063F00DF00503C");
    assertThat(HEX.formatHex(EidCommands.readBinary(0x01F0, 0xF8).getBytes()))
        .isEqualTo("00B001F0F8");
    assertThat(
            HEX.formatHex(EidCommands.verifyPin(PinBlock.encode("1234".toCharArray())).getBytes()))
        .isEqualTo("0020000108241234FFFFFFFFFF");
    assertThat(HEX.formatHex(EidCommands.selectAuthenticationKey().getBytes()))
        .isEqualTo("002241B6050480018482");
    assertThat(HEX.formatHex(EidCommands.getResponse(0).getBytes())).isEqualTo("00C0000000");
    assertThatThrownBy(() -> EidCommands.readBinary(0x8000, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsBlocksAndAsksAgainForTheExactRestOn6Cxx() throws Exception {
    ScriptedChannel channel =
        new ScriptedChannel()
            .expect("00A4080C063F00DF014035", "9000")
            .expect("00B00000F8", data(0xF8, 0) + "9000")
            .expect("00B000F8F8", "6C0A")
            .expect("00B000F80A", data(10, 0xF8) + "9000");
    byte[] file = new EidApplet(channel).readFile(EidFile.PHOTO);
    assertThat(file).hasSize(0xF8 + 10);
    assertThat(file[0xF8 + 9]).isEqualTo((byte) (0xF8 + 9));
    assertThat(channel.done()).isTrue();
  }

  @Test
  void aFileOfWholeBlocksEndsOn6B00() throws Exception {
    ScriptedChannel channel =
        new ScriptedChannel()
            .expect("00A4080C063F00DF014033", "9000")
            .expect("00B00000F8", data(0xF8, 1) + "9000")
            .expect("00B000F8F8", "6B00");
    assertThat(new EidApplet(channel).readFile(EidFile.ADDRESS)).hasSize(0xF8);
    assertThat(channel.done()).isTrue();
  }

  @Test
  void aFileThatIsNotThereIsAStatusWord() {
    ScriptedChannel channel = new ScriptedChannel().expect("00A4080C063F00DF014031", "6A82");
    assertThatThrownBy(() -> new EidApplet(channel).readFile(EidFile.IDENTITY))
        .isInstanceOf(StatusWordException.class)
        .hasMessageContaining("6A82")
        .satisfies(e -> assertThat(((StatusWordException) e).statusWord()).isEqualTo(0x6A82));
  }

  @Test
  void aReadErrorIsAStatusWordNotAShortFile() {
    ScriptedChannel channel =
        new ScriptedChannel().expect("00A4080C063F00DF014031", "9000").expect("00B00000F8", "6981");
    assertThatThrownBy(() -> new EidApplet(channel).readFile(EidFile.IDENTITY))
        .isInstanceOf(StatusWordException.class)
        .hasMessageContaining("READ BINARY");
  }

  @Test
  void signsWithMseSetThenPsoAndCollectsTheSignatureWithGetResponse() throws Exception {
    String digestInfo = "3031300D060960864801650304020105000420" + data(32, 0x40);
    ScriptedChannel channel =
        new ScriptedChannel()
            .expect("002241B6050480018482", "9000")
            .expect("002A9E9A33" + digestInfo + "00", "6100")
            .expect("00C0000000", data(256, 7) + "9000");
    byte[] signature = new EidApplet(channel).signWithAuthenticationKey(HEX.parseHex(digestInfo));
    assertThat(signature).hasSize(256);
    assertThat(channel.done()).isTrue();
  }

  @Test
  void aSignatureWithoutPinIs6982() {
    ScriptedChannel channel =
        new ScriptedChannel()
            .expect("002241B6050480018482", "9000")
            .expect("002A9E9A01AA00", "6982");
    assertThatThrownBy(
            () -> new EidApplet(channel).signWithAuthenticationKey(new byte[] {(byte) 0xAA}))
        .isInstanceOf(StatusWordException.class)
        .satisfies(e -> assertThat(((StatusWordException) e).statusWord()).isEqualTo(0x6982));
  }

  @Test
  void verifyAnswersTheStatusWord() throws Exception {
    ScriptedChannel channel = new ScriptedChannel().expect("0020000108241234FFFFFFFFFF", "63C2");
    assertThat(new EidApplet(channel).verifyPin(PinBlock.encode("1234".toCharArray())))
        .isEqualTo(0x63C2);
  }
}
