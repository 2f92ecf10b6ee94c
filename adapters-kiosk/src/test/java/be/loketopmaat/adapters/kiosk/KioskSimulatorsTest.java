package be.loketopmaat.adapters.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.kiosk.escpos.EscPosReceiptPrinter;
import be.loketopmaat.adapters.kiosk.hardware.PrinterState;
import be.loketopmaat.adapters.kiosk.ipp.IppDocumentPrinter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KioskSimulatorsTest {
  @Test
  void startsBothPrintersAndSaysWhere() {
    try (KioskSimulators simulators = KioskSimulators.start(0, 0)) {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      simulators.describe(new PrintStream(text, true, StandardCharsets.UTF_8));
      assertThat(text.toString(StandardCharsets.UTF_8))
          .contains(simulators.documentPrinter().uri().toString())
          .contains("tcp://127.0.0.1:" + simulators.receiptPrinter().port());
      assertThat(
              new IppDocumentPrinter(
                      simulators.documentPrinter().uri(),
                      Duration.ofSeconds(1),
                      Duration.ofSeconds(2),
                      Duration.ofSeconds(2))
                  .state())
          .isEqualTo(PrinterState.READY);
      assertThat(
              new EscPosReceiptPrinter(
                      new InetSocketAddress(
                          InetAddress.getLoopbackAddress(), simulators.receiptPrinter().port()),
                      Duration.ofSeconds(1),
                      Duration.ofSeconds(1))
                  .state())
          .isEqualTo(PrinterState.READY);
    }
  }
}
