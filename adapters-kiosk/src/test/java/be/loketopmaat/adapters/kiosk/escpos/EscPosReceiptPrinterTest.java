package be.loketopmaat.adapters.kiosk.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.kiosk.hardware.PrintOutcome;
import be.loketopmaat.adapters.kiosk.hardware.PrinterState;
import be.loketopmaat.adapters.kiosk.hardware.ReceiptPrinter.Ticket;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ESC/POS adapter against the TCP simulator on loopback. */
class EscPosReceiptPrinterTest {
  private static final Ticket TICKET =
      new Ticket(
          "A012",
          List.of("Loket Berchem", "Uw beurt — votre tour: ± 10 min", "Prijs: € 0,00"),
          Optional.of("https://loket.example/t/A012"),
          Optional.of("A012"));

  private EscPosPrinterSimulator simulator;
  private EscPosReceiptPrinter printer;

  @BeforeEach
  void start() {
    restart(500);
  }

  private void restart(int paperLines) {
    if (simulator != null) {
      simulator.close();
    }
    simulator = EscPosPrinterSimulator.start(0, paperLines);
    printer =
        new EscPosReceiptPrinter(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), simulator.port()),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void printsTextQrCodeAndBarcodeAndCuts() {
    assertThat(printer.print(TICKET)).isInstanceOf(PrintOutcome.Printed.class);
    assertThat(simulator.receipts())
        .singleElement()
        .satisfies(
            receipt -> {
              assertThat(receipt.lines().stream().filter(l -> !l.isEmpty()))
                  .containsExactly(
                      "A012",
                      "Loket Berchem",
                      "Uw beurt — votre tour: ± 10 min".replace('—', '?'),
                      "Prijs: € 0,00");
              assertThat(receipt.qrCodes()).containsExactly("https://loket.example/t/A012");
              assertThat(receipt.barcodes()).containsExactly("A012");
              assertThat(receipt.cut()).isTrue();
              assertThat(receipt.complete()).isTrue();
            });
    assertThat(simulator.unknownCommands())
        .as("everything escpos-coffee sent was understood")
        .isEmpty();
    assertThat(printer.state()).isEqualTo(PrinterState.READY);
  }

  @Test
  void theHeadingIsLargeAndBoldOnCodePage858() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EscPosReceiptPrinter.write(
        new Ticket("B7", List.of("é"), Optional.empty(), Optional.empty()), out);
    String hex = HexFormat.of().withUpperCase().formatHex(out.toByteArray());
    assertThat(hex).startsWith("1B40" + "1B7413");
    assertThat(hex).contains("1B4501").contains("1D2122").contains("4237" + "0A").contains("820A");
    assertThat(hex).endsWith("1D5630");
  }

  @Test
  void anEmptyRollIsNotSentTheTicket() {
    restart(0);
    assertThat(printer.state()).isEqualTo(PrinterState.OUT_OF_PAPER);
    assertThat(printer.print(TICKET)).isEqualTo(new PrintOutcome.OutOfPaper());
    assertThat(simulator.receipts()).isEmpty();
  }

  @Test
  void paperEndingMidTicketIsOutOfPaperAndTheReceiptIsIncomplete() {
    restart(24);
    assertThat(printer.state()).isEqualTo(PrinterState.READY);
    assertThat(printer.print(new Ticket("C1", List.of(), Optional.empty(), Optional.empty())))
        .isInstanceOf(PrintOutcome.Printed.class);
    assertThat(printer.state())
        .as("19 lines left is near the end")
        .isEqualTo(PrinterState.PAPER_LOW);
    // The full ticket takes 25 lines.
    assertThat(printer.print(TICKET)).isEqualTo(new PrintOutcome.OutOfPaper());
    assertThat(simulator.receipts().get(1).complete()).isFalse();
    assertThat(simulator.receipts().get(1).lines()).contains("A012");
    simulator.loadPaper(500);
    assertThat(printer.print(TICKET)).isInstanceOf(PrintOutcome.Printed.class);
  }

  @Test
  void aJamDuringATicketIsJammedUntilCleared() {
    simulator.jamOnNextReceipt();
    assertThat(printer.print(TICKET)).isEqualTo(new PrintOutcome.Jammed());
    assertThat(printer.state()).isEqualTo(PrinterState.JAMMED);
    assertThat(printer.print(TICKET)).isEqualTo(new PrintOutcome.Jammed());
    assertThat(simulator.receipts())
        .singleElement()
        .satisfies(r -> assertThat(r.complete()).isFalse());
    simulator.clearJam();
    assertThat(printer.print(TICKET)).isInstanceOf(PrintOutcome.Printed.class);
  }

  @Test
  void aClosedPortOrAnOfflineReportIsOffline() {
    simulator.reportOffline(true);
    assertThat(printer.state()).isEqualTo(PrinterState.OFFLINE);
    assertThat(printer.print(TICKET)).isInstanceOf(PrintOutcome.Offline.class);
    simulator.reportOffline(false);
    simulator.goOffline();
    assertThat(printer.state()).isEqualTo(PrinterState.OFFLINE);
    assertThat(printer.print(TICKET)).isInstanceOf(PrintOutcome.Offline.class);
    simulator.comeBack();
    assertThat(printer.print(TICKET)).isInstanceOf(PrintOutcome.Printed.class);
  }

  @Test
  void theSimulatorAnswersRealTimeStatusBytes() throws Exception {
    simulator.jam();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), simulator.port())) {
      socket.setSoTimeout(2000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(
          new byte[] {0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x03, 0x10, 0x04, 0x04});
      out.flush();
      assertThat(in.readNBytes(4)).containsExactly(0x1A, 0x52, 0x16, 0x12);
    }
  }

  @Test
  void unknownCommandsAreRecordedNotPrinted() throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), simulator.port())) {
      socket
          .getOutputStream()
          .write(new byte[] {0x1B, 0x40, 0x1B, 0x7E, 'h', 'i', 0x0A, 0x1D, 0x56, 0x30});
    }
    for (int i = 0; i < 50 && simulator.receipts().isEmpty(); i++) {
      Thread.sleep(20);
    }
    assertThat(simulator.unknownCommands()).containsExactly("1B 7E");
    assertThat(simulator.receipts())
        .singleElement()
        .satisfies(r -> assertThat(r.lines()).containsExactly("hi"));
  }
}
