package be.loketopmaat.adapters.kiosk;

import be.loketopmaat.adapters.kiosk.attest.KioskLanguage;
import be.loketopmaat.adapters.kiosk.city.CityKioskClient;
import be.loketopmaat.adapters.kiosk.city.CityRefusedException;
import be.loketopmaat.adapters.kiosk.escpos.EscPosPrinterSimulator;
import be.loketopmaat.adapters.kiosk.hardware.CardReader;
import be.loketopmaat.adapters.kiosk.hardware.DocumentPrinter;
import be.loketopmaat.adapters.kiosk.ipp.IppPrinterSimulator;
import be.loketopmaat.adapters.kiosk.session.KioskSession;
import be.loketopmaat.adapters.kiosk.ticket.TicketDispenser;
import be.loketopmaat.adapters.kiosk.virtualcard.TestPki;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualTerminal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A kiosk terminal for one registered kiosk against a running service, with simulated hardware (the
 * virtual eID card, the IPP printer simulator), driven from the console: {@code KioskTerminal
 * <service url> <kiosk key> [test PKI file]}. The test PKI file is the one the service trusts on a
 * first run ({@code loket.kiosk.test-pki}). Commands: {@code insert
 * [valid|resident|expired|blocked| tampered]}, {@code pin <digits>}, {@code language nl|fr|en},
 * {@code products}, {@code attest <MODEL>}, {@code acts} (the citizen's civil-status acts), {@code
 * extract <act number>}, {@code codes <e-mail> <pickup location>}, {@code tickets} (what the kiosk
 * prints tickets for), {@code ticket <product>} (no card needed; the slip on the receipt printer
 * simulator), {@code remove}, {@code status}, {@code quit}. The kiosk's touch screen is {@link
 * KioskScreenProgram}.
 */
public final class KioskTerminal {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private KioskTerminal() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: KioskTerminal <service url> <kiosk id>.<secret> [test PKI file]");
      System.exit(2);
    }
    PrintStream out = System.out;
    Path pkiFile =
        args.length > 2
            ? Path.of(args[2])
            : Path.of(System.getProperty("java.io.tmpdir"), "loket-kiosk", "test-pki.p12");
    TestPki pki = TestPki.loadOrGenerate(pkiFile, "Kiosk");
    VirtualTerminal slot = new VirtualTerminal("Virtual eID reader");
    CardReader reader = SimulatedHardware.virtualReader(slot, pki);
    try (IppPrinterSimulator simulator = IppPrinterSimulator.start(0, 100);
        EscPosPrinterSimulator receipts = EscPosPrinterSimulator.start(0, 5000)) {
      DocumentPrinter printer = SimulatedHardware.ipp(simulator.uri());
      CityKioskClient city =
          new CityKioskClient(URI.create(args[0]), args[1], Duration.ofSeconds(10));
      TicketDispenser tickets = new TicketDispenser(city, SimulatedHardware.receipts(receipts));
      KioskSession session =
          new KioskSession(reader, printer, city, Clock.systemUTC(), Duration.ofMinutes(2));
      city.heartbeat(printer.state());
      out.println("Kiosk ready; printer simulator at " + simulator.uri() + ". Type a command.");
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      KioskLanguage language = KioskLanguage.NL;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        List<String> words = SPACES.splitAsStream(line.strip()).toList();
        String command = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
        try {
          switch (command) {
            case "insert" -> {
              slot.insert(
                  SimulatedHardware.card(words.size() > 1 ? words.get(1) : "resident", pki));
              session.cardInserted();
            }
            case "pin" ->
                session.enterPin(words.size() > 1 ? words.get(1).toCharArray() : new char[0]);
            case "language" -> {
              language = KioskLanguage.valueOf(words.get(1).toUpperCase(Locale.ROOT));
              city.language(language);
            }
            case "products" ->
                city.products().forEach(p -> out.println(p.get("code") + "  " + p.get("name")));
            case "attest" -> out.println(session.choose("attest:" + words.get(1)));
            case "acts" ->
                city.civilStatusActs()
                    .forEach(
                        a ->
                            out.println(
                                a.get("actNumber")
                                    + "  "
                                    + a.get("name")
                                    + "  "
                                    + a.get("eventDate")));
            case "extract" -> out.println(session.choose("extract:" + words.get(1)));
            case "codes" -> out.println(city.requestPinCodes(words.get(1), null, words.get(2)));
            case "tickets" ->
                tickets.products().forEach(p -> out.println(p.get("code") + "  " + p.get("name")));
            case "ticket" -> {
              out.println(tickets.take(words.get(1), language));
              receipts.receipts().stream()
                  .reduce((first, second) -> second)
                  .ifPresent(r -> out.println(String.join("\n", r.lines())));
            }
            case "remove" -> {
              slot.remove();
              session.cardRemoved();
            }
            case "status" -> city.heartbeat(printer.state());
            case "quit" -> {
              return;
            }
            default -> out.println("?");
          }
        } catch (CityRefusedException refused) {
          out.println("The city refuses: " + refused.getMessage());
        } catch (RuntimeException wrong) {
          out.println("Cannot: " + wrong.getMessage());
        }
        out.println("[" + session.step() + "] " + notice(session, language));
        out.println("printed so far: " + simulator.printed().size());
      }
    }
  }

  private static String notice(KioskSession session, KioskLanguage language) {
    return session.notice().map(n -> n.text(language, session.triesLeft())).orElse("");
  }
}
