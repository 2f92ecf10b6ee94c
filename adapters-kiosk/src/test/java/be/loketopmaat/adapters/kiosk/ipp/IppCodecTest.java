package be.loketopmaat.adapters.kiosk.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.kiosk.ipp.IppMessage.Value;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class IppCodecTest {
  private static final HexFormat HEX = HexFormat.of();

  /** RFC 8010, section 10.1 (Print-Job request), with this request's own names and values. */
  private static final String PRINT_JOB =
      String.join(
          "",
          "0101",
          "0002",
          "00000001",
          "01",
          "47",
          "0012",
          HEX.formatHex("attributes-charset".getBytes()),
          "0005",
          HEX.formatHex("utf-8".getBytes()),
          "48",
          "001b",
          HEX.formatHex("attributes-natural-language".getBytes()),
          "0005",
          HEX.formatHex("en-us".getBytes()),
          "45",
          "000b",
          HEX.formatHex("printer-uri".getBytes()),
          "0015",
          HEX.formatHex("ipp://localhost/ipp/p".getBytes()),
          "42",
          "0008",
          HEX.formatHex("job-name".getBytes()),
          "0006",
          HEX.formatHex("foobar".getBytes()),
          "44",
          "0014",
          HEX.formatHex("requested-attributes".getBytes()),
          "0009",
          HEX.formatHex("job-state".getBytes()),
          "44",
          "0000",
          "0008",
          HEX.formatHex("job-name".getBytes()),
          "03",
          HEX.formatHex("%PDF".getBytes()));

  @Test
  void encodesAPrintJobByteForByte() {
    IppMessage request =
        new IppMessage.Builder(IppMessage.PRINT_JOB, 1)
            .group(IppMessage.OPERATION_ATTRIBUTES)
            .add("attributes-charset", Value.string(IppMessage.CHARSET, "utf-8"))
            .add("attributes-natural-language", Value.string(IppMessage.NATURAL_LANGUAGE, "en-us"))
            .add("printer-uri", Value.string(IppMessage.URI, "ipp://localhost/ipp/p"))
            .add("job-name", Value.string(IppMessage.NAME, "foobar"))
            .add(
                "requested-attributes",
                Value.string(IppMessage.KEYWORD, "job-state"),
                Value.string(IppMessage.KEYWORD, "job-name"))
            .data("%PDF".getBytes())
            .build();
    assertThat(HEX.formatHex(IppCodec.encode(request))).isEqualTo(PRINT_JOB);
  }

  @Test
  void decodesItBackWithAdditionalValuesAndData() {
    IppMessage message = IppCodec.decode(HEX.parseHex(PRINT_JOB));
    assertThat(message.major()).isEqualTo(1);
    assertThat(message.minor()).isEqualTo(1);
    assertThat(message.code()).isEqualTo(IppMessage.PRINT_JOB);
    assertThat(message.requestId()).isEqualTo(1);
    assertThat(message.groups()).hasSize(1);
    assertThat(message.strings(IppMessage.OPERATION_ATTRIBUTES, "requested-attributes"))
        .containsExactly("job-state", "job-name");
    assertThat(message.data()).isEqualTo("%PDF".getBytes());
  }

  @Test
  void integersAndEnumsAreFourBytesBigEndian() {
    IppMessage answer =
        new IppMessage.Builder(0x0000, 7)
            .group(IppMessage.JOB_ATTRIBUTES)
            .add("job-id", Value.integer(IppMessage.INTEGER, 258))
            .add("job-state", Value.integer(IppMessage.ENUM, 9))
            .add("printer-is-accepting-jobs", Value.bool(true))
            .build();
    byte[] bytes = IppCodec.encode(answer);
    assertThat(HEX.formatHex(bytes))
        .startsWith(
            "0101000000000007"
                + "02"
                + "21"
                + "0006"
                + HEX.formatHex("job-id".getBytes())
                + "0004"
                + "00000102");
    IppMessage back = IppCodec.decode(bytes);
    assertThat(back.first(IppMessage.JOB_ATTRIBUTES, "job-id").orElseThrow().asInt())
        .isEqualTo(258);
    assertThat(back.first(IppMessage.JOB_ATTRIBUTES, "job-state").orElseThrow().asString())
        .isEqualTo("9");
    assertThat(
            back.first(IppMessage.JOB_ATTRIBUTES, "printer-is-accepting-jobs")
                .orElseThrow()
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void refusesTruncatedOrDisorderedMessages() {
    assertThatThrownBy(() -> IppCodec.decode(HEX.parseHex("0101000200000001")))
        .isInstanceOf(IppCodec.IppFormatException.class)
        .hasMessageContaining("end-of-attributes");
    String cut =
        PRINT_JOB.substring(0, PRINT_JOB.indexOf("03" + HEX.formatHex("%PDF".getBytes())) - 6);
    assertThatThrownBy(() -> IppCodec.decode(HEX.parseHex(cut)))
        .isInstanceOf(IppCodec.IppFormatException.class);
    assertThatThrownBy(() -> IppCodec.decode(HEX.parseHex("010100020000000147000161000161" + "03")))
        .as("a value before any group")
        .isInstanceOf(IppCodec.IppFormatException.class);
    assertThatThrownBy(
            () -> IppCodec.decode(HEX.parseHex("0101000200000001" + "01" + "440000000161" + "03")))
        .as("an additional value first")
        .isInstanceOf(IppCodec.IppFormatException.class);
  }

  @Test
  void mapsIppUrisToHttpOnPort631() {
    assertThat(IppDocumentPrinter.toHttp(java.net.URI.create("ipp://printer.local/ipp/print")))
        .hasToString("http://printer.local:631/ipp/print");
    assertThat(IppDocumentPrinter.toHttp(java.net.URI.create("ipp://127.0.0.1:8631/ipp/print")))
        .hasToString("http://127.0.0.1:8631/ipp/print");
    assertThatThrownBy(() -> IppDocumentPrinter.toHttp(java.net.URI.create("ftp://x/y")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
