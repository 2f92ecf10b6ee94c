package be.loketopmaat.adapters.kiosk.ticket;

import be.loketopmaat.adapters.kiosk.attest.KioskLanguage;
import be.loketopmaat.adapters.kiosk.hardware.ReceiptPrinter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slip of a walk-in ticket as the receipt printer prints it, from the city's answer to {@code
 * POST /api/v1/kiosk/tickets}: the number, large; the product and the location as the city named
 * them in the citizen's language; the day and time it was drawn (the city's wall clock, as the
 * answer's offset gives it); how many wait before and the estimated wait; and the number as a
 * CODE39 barcode, three digits at least, for a counter's scanner. Nothing about a person: a ticket
 * is anonymous.
 */
public final class TicketSlip {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private TicketSlip() {}

  /** The slip of {@code ticket} (the city's JSON answer) in {@code language}. */
  public static ReceiptPrinter.Ticket of(Map<String, Object> ticket, KioskLanguage language) {
    int number = whole(ticket, "number");
    int position = whole(ticket, "position");
    int minutes = whole(ticket, "estimatedWaitMinutes");
    List<String> lines = new ArrayList<>();
    lines.add(text(ticket, "productName"));
    lines.add(text(ticket, "locationName"));
    lines.add(when(text(ticket, "issuedAt")));
    int ahead = Math.max(0, position - 1);
    lines.add(
        String.format(language.pick("Voor u: %d", "Avant vous : %d", "Ahead of you: %d"), ahead));
    lines.add(
        String.format(
            language.pick(
                "Geschatte wachttijd: %d min",
                "Attente estimée : %d min", "Estimated wait: %d min"),
            minutes));
    lines.add(
        language.pick(
            "Wacht tot uw nummer wordt afgeroepen.",
            "Attendez que votre numéro soit appelé.",
            "Wait until your number is called."));
    return new ReceiptPrinter.Ticket(
        Integer.toString(number),
        lines,
        Optional.empty(),
        Optional.of(String.format("%03d", number)));
  }

  private static String when(String issuedAt) {
    try {
      return OffsetDateTime.parse(issuedAt).format(WHEN);
    } catch (DateTimeParseException notATime) {
      throw new IllegalArgumentException("the ticket's issuedAt is not a date-time: " + issuedAt);
    }
  }

  private static String text(Map<String, Object> ticket, String field) {
    Object value = ticket.get(field);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalArgumentException("the ticket has no " + field);
    }
    return text;
  }

  private static int whole(Map<String, Object> ticket, String field) {
    if (!(ticket.get(field) instanceof Number value)) {
      throw new IllegalArgumentException("the ticket has no " + field);
    }
    return value.intValue();
  }
}
