package be.loketopmaat.adapters.kiosk.ticket;

import be.loketopmaat.adapters.kiosk.attest.KioskLanguage;
import be.loketopmaat.adapters.kiosk.city.CityKioskClient;
import be.loketopmaat.adapters.kiosk.city.CityRefusedException;
import be.loketopmaat.adapters.kiosk.hardware.PrintOutcome;
import be.loketopmaat.adapters.kiosk.hardware.ReceiptPrinter;
import java.util.List;
import java.util.Map;

/**
 * "Take a ticket" at the kiosk: no card, no session. The city draws the ticket in its location's
 * queue; the receipt printer prints its slip ({@link TicketSlip}); the kiosk reports the slip
 * printed or not. A slip that did not print leaves the ticket in the queue: the screen shows its
 * number, the city logs a fault, and the kiosk's next heartbeat (sent at once) says what the
 * printer's state is.
 */
public final class TicketDispenser {
  /** What taking a ticket gave. */
  public sealed interface Outcome permits Printed, NotPrinted, Refused {}

  /** The slip printed: ticket {@code number}. */
  public record Printed(int number) implements Outcome {}

  /**
   * Ticket {@code number} is in the queue, but its slip did not print ({@code printer} says why).
   */
  public record NotPrinted(int number, PrintOutcome printer) implements Outcome {}

  /** The city drew no ticket (a refusal, or the city cannot be reached). */
  public record Refused(CityRefusedException refusal) implements Outcome {}

  private final CityKioskClient city;
  private final ReceiptPrinter printer;

  public TicketDispenser(CityKioskClient city, ReceiptPrinter printer) {
    this.city = city;
    this.printer = printer;
  }

  /** What tickets the kiosk prints, in the screen's language; none where it prints no tickets. */
  public List<Map<String, Object>> products() {
    return city.ticketProducts();
  }

  /** Draws a ticket for {@code product} and prints its slip in {@code language}. */
  public Outcome take(String product, KioskLanguage language) {
    Map<String, Object> ticket;
    try {
      ticket = city.ticket(product);
    } catch (CityRefusedException refused) {
      return new Refused(refused);
    }
    int number = ((Number) ticket.get("number")).intValue();
    String id = (String) ticket.get("id");
    PrintOutcome outcome;
    try {
      outcome = printer.print(TicketSlip.of(ticket, language));
    } catch (IllegalArgumentException unprintable) {
      outcome = new PrintOutcome.Rejected(unprintable.getMessage());
    }
    try {
      city.ticketPrinted(id, outcome.printed(), outcome.printed() ? null : fault(outcome));
    } catch (CityRefusedException unreported) {
      // The ticket is in the queue whatever the report: the number on the screen stands.
    }
    if (outcome.printed()) {
      return new Printed(number);
    }
    try {
      city.heartbeat(printer.state());
    } catch (CityRefusedException unreachable) {
      // the next regular heartbeat tries again
    }
    return new NotPrinted(number, outcome);
  }

  /** The fault as the city takes it: letters, underscores and spaces. */
  static String fault(PrintOutcome outcome) {
    if (outcome instanceof PrintOutcome.OutOfPaper) {
      return "OUT_OF_PAPER";
    }
    if (outcome instanceof PrintOutcome.Jammed) {
      return "JAMMED";
    }
    if (outcome instanceof PrintOutcome.Offline) {
      return "OFFLINE";
    }
    return "REJECTED";
  }
}
