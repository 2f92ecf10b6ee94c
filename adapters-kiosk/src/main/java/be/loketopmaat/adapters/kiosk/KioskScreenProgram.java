package be.loketopmaat.adapters.kiosk;

import be.loketopmaat.adapters.kiosk.city.CityKioskClient;
import be.loketopmaat.adapters.kiosk.eid.EidTrust;
import be.loketopmaat.adapters.kiosk.eid.PcscCardReader;
import be.loketopmaat.adapters.kiosk.escpos.EscPosPrinterSimulator;
import be.loketopmaat.adapters.kiosk.hardware.CardReader;
import be.loketopmaat.adapters.kiosk.hardware.DocumentPrinter;
import be.loketopmaat.adapters.kiosk.ipp.IppPrinterSimulator;
import be.loketopmaat.adapters.kiosk.screen.KioskScreen;
import be.loketopmaat.adapters.kiosk.session.KioskSession;
import be.loketopmaat.adapters.kiosk.ticket.TicketDispenser;
import be.loketopmaat.adapters.kiosk.virtualcard.TestPki;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.smartcardio.TerminalFactory;

/**
 * The kiosk with its touch screen for one registered kiosk against a running service: {@code
 * KioskScreenProgram <service url> <kiosk id>.<secret> [--port 8470] [--pki file] [--timeout 120]
 * [--pickup districtshuis-antwerpen] [--printer ipp://host/path] [--receipt-printer host:9100]
 * [--reader pcsc]}.
 *
 * <p>Simulated hardware by default: the virtual eID card (its slot driven from the simulator page,
 * {@code /simulator}), the IPP printer simulator and the ESC/POS receipt printer simulator (walk-in
 * tickets). {@code --printer} prints on a real IPP printer instead, {@code --receipt-printer} the
 * tickets on a real ESC/POS printer over TCP, {@code --reader pcsc} reads real cards through the
 * system's PC/SC (pcscd), trusting the roots in {@code --pki}'s test hierarchy only when the reader
 * is simulated: a real card needs the Belgian root, {@code --root belgium-root.crt}. The screen is
 * bound to 127.0.0.1; the kiosk's browser opens it full screen (e.g. {@code chromium --kiosk
 * http://127.0.0.1:8470/}).
 */
public final class KioskScreenProgram {
  private KioskScreenProgram() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: KioskScreenProgram <service url> <kiosk id>.<secret> [--port 8470] [--pki file]"
              + " [--timeout seconds] [--pickup location] [--printer ipp://host/path]"
              + " [--receipt-printer host:port]"
              + " [--reader pcsc --root root.crt]");
      System.exit(2);
    }
    Map<String, String> options = options(args);
    PrintStream out = System.out;
    Path pkiFile =
        Path.of(
            options.getOrDefault(
                "pki",
                Path.of(System.getProperty("java.io.tmpdir"), "loket-kiosk", "test-pki.p12")
                    .toString()));
    IppPrinterSimulator simulator =
        options.containsKey("printer") ? null : IppPrinterSimulator.start(0, 500);
    DocumentPrinter printer =
        SimulatedHardware.ipp(
            simulator == null ? URI.create(options.get("printer")) : simulator.uri());
    CardReader reader;
    KioskScreen.CardSlot slot = null;
    if ("pcsc".equals(options.get("reader"))) {
      if (!options.containsKey("root")) {
        System.err.println("--reader pcsc needs --root <the eID root certificate, PEM or DER>");
        System.exit(2);
      }
      reader =
          PcscCardReader.first(
                  TerminalFactory.getDefault(),
                  "",
                  new EidTrust(List.of(root(Path.of(options.get("root")))), Clock.systemUTC()))
              .orElseThrow(() -> new IllegalStateException("no PC/SC card reader"));
    } else {
      TestPki pki = TestPki.loadOrGenerate(pkiFile, "Kiosk");
      VirtualTerminal terminal = new VirtualTerminal("Virtual eID reader");
      reader = SimulatedHardware.virtualReader(terminal, pki);
      slot = slot(terminal, pki);
    }
    CityKioskClient city =
        new CityKioskClient(URI.create(args[0]), args[1], Duration.ofSeconds(10));
    EscPosPrinterSimulator receipts =
        options.containsKey("receipt-printer") ? null : EscPosPrinterSimulator.start(0, 5000);
    TicketDispenser tickets =
        new TicketDispenser(
            city,
            receipts == null
                ? SimulatedHardware.receipts(address(options.get("receipt-printer")))
                : SimulatedHardware.receipts(receipts));
    KioskSession session =
        new KioskSession(
            reader,
            printer,
            city,
            Clock.systemUTC(),
            Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "120"))));
    KioskScreen screen =
        KioskScreen.start(
            session,
            reader,
            city,
            printer,
            tickets,
            new KioskScreen.Options(
                Integer.parseInt(options.getOrDefault("port", "8470")),
                options.getOrDefault("pickup", "districtshuis-antwerpen"),
                slot));
    out.println("Kiosk screen:   " + screen.uri());
    if (slot != null) {
      out.println("Card simulator: " + screen.uri().resolve("simulator"));
    }
    if (simulator != null) {
      out.println("A4 printer simulator (IPP): " + simulator.uri());
    }
    if (receipts != null) {
      out.println("Receipt printer simulator (ESC/POS): 127.0.0.1:" + receipts.port());
    }
    out.println("Ctrl-C stops the kiosk.");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  screen.close();
                  if (simulator != null) {
                    simulator.close();
                  }
                  if (receipts != null) {
                    receipts.close();
                  }
                  stopped.countDown();
                }));
    stopped.await();
  }

  /**
   * A screen for a kiosk on the virtual card slot (any port), with its session: the slot's
   * simulator page at {@code /simulator}, PIN/PUK codes picked up at {@code pickupAt}.
   */
  public static KioskScreen onVirtualCard(
      VirtualTerminal terminal,
      TestPki pki,
      CardReader reader,
      DocumentPrinter printer,
      CityKioskClient city,
      Clock clock,
      String pickupAt) {
    KioskSession session = new KioskSession(reader, printer, city, clock, Duration.ofMinutes(2));
    return KioskScreen.start(
        session, reader, city, printer, new KioskScreen.Options(0, pickupAt, slot(terminal, pki)));
  }

  /**
   * A screen for a kiosk on the virtual card slot as {@link #onVirtualCard}, offering "take a
   * ticket" on the receipt printer behind {@code tickets} while no card is in.
   */
  public static KioskScreen onVirtualCard(
      VirtualTerminal terminal,
      TestPki pki,
      CardReader reader,
      DocumentPrinter printer,
      TicketDispenser tickets,
      CityKioskClient city,
      Clock clock,
      String pickupAt) {
    KioskSession session = new KioskSession(reader, printer, city, clock, Duration.ofMinutes(2));
    return KioskScreen.start(
        session,
        reader,
        city,
        printer,
        tickets,
        new KioskScreen.Options(0, pickupAt, slot(terminal, pki)));
  }

  /** The simulated slot over the virtual terminal: the simulator page's card buttons. */
  public static KioskScreen.CardSlot slot(VirtualTerminal terminal, TestPki pki) {
    return new KioskScreen.CardSlot() {
      @Override
      public List<String> personas() {
        return SimulatedHardware.PERSONAS;
      }

      @Override
      public void insert(String persona) {
        terminal.insert(SimulatedHardware.card(persona, pki));
      }

      @Override
      public void remove() {
        terminal.remove();
      }
    };
  }

  /** {@code host:port} of a receipt printer (port 9100 when left out). */
  private static InetSocketAddress address(String hostAndPort) {
    int colon = hostAndPort.lastIndexOf(':');
    return colon < 0
        ? new InetSocketAddress(hostAndPort, 9100)
        : new InetSocketAddress(
            hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
  }

  /** The root certificate (PEM or DER) that real cards chain to: the Belgian root CA. */
  private static X509Certificate root(Path file) throws IOException, CertificateException {
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 2; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("not an option: " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
