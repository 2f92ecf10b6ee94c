package be.loketopmaat.adapters.kiosk;

import be.loketopmaat.adapters.kiosk.escpos.EscPosPrinterSimulator;
import be.loketopmaat.adapters.kiosk.ipp.IppPrinterSimulator;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the two printer simulators on loopback, for trying the adapters (or a real IPP or ESC/POS
 * client) by hand: {@code KioskSimulators [ippPort] [escposPort]}, 8631 and 9100 by default. The
 * virtual eID card lives inside the kiosk's own process (it is a smartcardio provider), so it is
 * not started here.
 */
public final class KioskSimulators implements AutoCloseable {
  private final IppPrinterSimulator documentPrinter;
  private final EscPosPrinterSimulator receiptPrinter;

  private KioskSimulators(
      IppPrinterSimulator documentPrinter, EscPosPrinterSimulator receiptPrinter) {
    this.documentPrinter = documentPrinter;
    this.receiptPrinter = receiptPrinter;
  }

  /** Both printers, with 500 sheets of A4 and a receipt roll of 5000 lines. */
  public static KioskSimulators start(int ippPort, int escposPort) {
    IppPrinterSimulator ipp = IppPrinterSimulator.start(ippPort, 500);
    try {
      return new KioskSimulators(ipp, EscPosPrinterSimulator.start(escposPort, 5000));
    } catch (RuntimeException e) {
      ipp.close();
      throw e;
    }
  }

  public IppPrinterSimulator documentPrinter() {
    return documentPrinter;
  }

  public EscPosPrinterSimulator receiptPrinter() {
    return receiptPrinter;
  }

  /** Writes where the printers listen. */
  public void describe(PrintStream out) {
    out.println("A4 printer (IPP/1.1):     " + documentPrinter.uri());
    out.println("Receipt printer (ESC/POS): tcp://127.0.0.1:" + receiptPrinter.port());
  }

  @Override
  public void close() {
    documentPrinter.close();
    receiptPrinter.close();
  }

  public static void main(String[] args) throws InterruptedException {
    int ippPort = args.length > 0 ? Integer.parseInt(args[0]) : 8631;
    int escposPort = args.length > 1 ? Integer.parseInt(args[1]) : 9100;
    KioskSimulators simulators = start(ippPort, escposPort);
    simulators.describe(System.out);
    System.out.println("Ctrl-C stops them.");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  simulators.close();
                  stopped.countDown();
                }));
    stopped.await();
  }
}
