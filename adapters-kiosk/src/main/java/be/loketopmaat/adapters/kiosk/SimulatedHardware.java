package be.loketopmaat.adapters.kiosk;

import be.loketopmaat.adapters.kiosk.eid.EidTrust;
import be.loketopmaat.adapters.kiosk.eid.PcscCardReader;
import be.loketopmaat.adapters.kiosk.escpos.EscPosPrinterSimulator;
import be.loketopmaat.adapters.kiosk.escpos.EscPosReceiptPrinter;
import be.loketopmaat.adapters.kiosk.hardware.CardReader;
import be.loketopmaat.adapters.kiosk.hardware.DocumentPrinter;
import be.loketopmaat.adapters.kiosk.hardware.ReceiptPrinter;
import be.loketopmaat.adapters.kiosk.ipp.IppDocumentPrinter;
import be.loketopmaat.adapters.kiosk.virtualcard.Persona;
import be.loketopmaat.adapters.kiosk.virtualcard.Personas;
import be.loketopmaat.adapters.kiosk.virtualcard.TestPki;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualEidCard;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualSmartcardProvider;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualTerminal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The kiosk programs' shared pieces: the virtual card's reader and personas, the IPP printer, the
 * ESC/POS receipt printer.
 */
final class SimulatedHardware {
  /** The personas a simulated slot takes; {@code resident} is the one MAGDA's simulator knows. */
  static final List<String> PERSONAS =
      List.of("resident", "valid", "expired", "blocked", "tampered");

  private SimulatedHardware() {}

  /** The PC/SC adapter on the virtual card slot, trusting the test PKI's root. */
  static CardReader virtualReader(VirtualTerminal slot, TestPki pki) {
    return PcscCardReader.first(
            VirtualSmartcardProvider.factory(slot),
            "",
            new EidTrust(List.of(pki.root().certificate()), Clock.systemUTC()))
        .orElseThrow();
  }

  /** The IPP printer at {@code uri} ({@code ipp://} or {@code http://}). */
  static DocumentPrinter ipp(URI uri) {
    return new IppDocumentPrinter(
        uri, Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30));
  }

  /** The receipt printer on the ESC/POS simulator (TCP on loopback). */
  static ReceiptPrinter receipts(EscPosPrinterSimulator simulator) {
    return receipts(new InetSocketAddress(InetAddress.getLoopbackAddress(), simulator.port()));
  }

  /** The ESC/POS receipt printer at {@code address} (raw TCP, port 9100 on a real one). */
  static ReceiptPrinter receipts(InetSocketAddress address) {
    return new EscPosReceiptPrinter(address, Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  /** A persona's virtual card; {@code resident} (the default) for anything else. */
  static VirtualEidCard card(String persona, TestPki pki) {
    switch (persona.toLowerCase(Locale.ROOT)) {
      case "valid":
        return VirtualEidCard.of(Persona.VALID, pki);
      case "expired":
        return VirtualEidCard.of(Persona.EXPIRED, pki);
      case "blocked":
        return VirtualEidCard.of(Persona.PIN_BLOCKED, pki);
      case "tampered":
        return VirtualEidCard.of(Persona.TAMPERED, pki);
      default:
        return VirtualEidCard.of(Personas.registerResident(), pki, false, 3);
    }
  }
}
