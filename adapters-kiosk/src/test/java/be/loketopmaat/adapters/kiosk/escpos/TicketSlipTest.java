package be.loketopmaat.adapters.kiosk.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.kiosk.attest.KioskLanguage;
import be.loketopmaat.adapters.kiosk.hardware.PrintOutcome;
import be.loketopmaat.adapters.kiosk.hardware.ReceiptPrinter;
import be.loketopmaat.adapters.kiosk.ticket.TicketSlip;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A walk-in ticket's slip: what it says, and the ESC/POS bytes that print it. */
class TicketSlipTest {
  private static final Map<String, Object> TICKET =
      Map.of(
          "id", "6f1c2a7e-1111-4c1e-9a53-0a2b3c4d5e6f",
          "number", 17,
          "product", "waste-bags",
          "productName", "Sacs poubelle",
          "location", "snelloket-leuven",
          "locationName", "Snelloket Leuven",
          "purpose", "WALK_IN",
          "position", 3,
          "estimatedWaitMinutes", 10,
          "issuedAt", "2026-12-07T10:02:11+01:00");

  @Test
  void theSlipSaysNumberProductLocationTimeAndWaitInTheCitizensLanguage() {
    ReceiptPrinter.Ticket slip = TicketSlip.of(TICKET, KioskLanguage.FR);

    assertThat(slip.heading()).isEqualTo("17");
    assertThat(slip.lines())
        .containsExactly(
            "Sacs poubelle",
            "Snelloket Leuven",
            "07/12/2026 10:02",
            "Avant vous : 2",
            "Attente estimée : 10 min",
            "Attendez que votre numéro soit appelé.");
    assertThat(slip.barcode()).contains("017");
    assertThat(slip.qrCode()).isEmpty();
    assertThat(TicketSlip.of(TICKET, KioskLanguage.NL).lines()).contains("Voor u: 2");
  }

  @Test
  void theSlipsBytesAreTheNumberLargeTheLinesOnCodePage858ACode39BarcodeAndACut() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EscPosReceiptPrinter.write(TicketSlip.of(TICKET, KioskLanguage.FR), out);
    byte[] bytes = out.toByteArray();
    String hex = HexFormat.of().withUpperCase().formatHex(bytes);

    // ESC @ (initialise), ESC t 19 (code page 858)
    assertThat(hex).startsWith("1B40" + "1B7413");
    // GS ! 0x22 (three times wide and high), ESC E 1 (bold), then "17" and LF
    assertThat(hex).contains("1D2122").contains("1B4501");
    assertThat(hex.indexOf("3137" + "0A")).isGreaterThan(hex.indexOf("1D2122"));
    // "Attente estimée": é is 0x82 on code page 858
    assertThat(hex)
        .contains(
            HexFormat.of()
                    .withUpperCase()
                    .formatHex("Attente estim".getBytes(Charset.forName("IBM00858")))
                + "82");
    // GS k: a CODE39 barcode of "017"
    assertThat(hex).contains("1D6B").contains("303137");
    assertThat(hex.indexOf("1D6B")).isGreaterThan(hex.indexOf("3137" + "0A"));
    // GS V 0: full cut, last
    assertThat(hex).endsWith("1D5630");
  }

  @Test
  void theSimulatedPrinterReadsTheSlipBack() {
    try (EscPosPrinterSimulator simulator = EscPosPrinterSimulator.start(0, 500)) {
      EscPosReceiptPrinter printer =
          new EscPosReceiptPrinter(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), simulator.port()),
              Duration.ofSeconds(1),
              Duration.ofSeconds(2));
      assertThat(printer.print(TicketSlip.of(TICKET, KioskLanguage.EN)))
          .isInstanceOf(PrintOutcome.Printed.class);
      EscPosPrinterSimulator.Receipt receipt = simulator.receipts().get(0);
      assertThat(receipt.lines().stream().filter(l -> !l.isEmpty()).toList())
          .containsExactly(
              "17",
              "Sacs poubelle",
              "Snelloket Leuven",
              "07/12/2026 10:02",
              "Ahead of you: 2",
              "Estimated wait: 10 min",
              "Wait until your number is called.");
      assertThat(receipt.barcodes()).containsExactly("017");
      assertThat(receipt.cut()).isTrue();
      assertThat(simulator.unknownCommands()).isEmpty();
    }
  }

  @Test
  void anAnswerWithoutItsFieldsIsNoSlip() {
    Map<String, Object> partial = new HashMap<>(TICKET);
    partial.remove("productName");
    assertThatThrownBy(() -> TicketSlip.of(partial, KioskLanguage.NL))
        .isInstanceOf(IllegalArgumentException.class);
    partial.put("productName", "x");
    partial.put("issuedAt", "yesterday");
    assertThatThrownBy(() -> TicketSlip.of(partial, KioskLanguage.NL))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
