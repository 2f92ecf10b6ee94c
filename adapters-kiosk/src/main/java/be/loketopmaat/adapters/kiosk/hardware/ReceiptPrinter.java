package be.loketopmaat.adapters.kiosk.hardware;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The kiosk's receipt printer, for queue tickets. */
public interface ReceiptPrinter {

  /** Prints a ticket and cuts it. */
  PrintOutcome print(Ticket ticket);

  /** The printer's state now, without printing. */
  PrinterState state();

  /**
   * A ticket: a large heading (the ticket number), lines of text, and optionally a QR code and a
   * barcode. Text is printed as given: the caller picks the citizen's language.
   */
  record Ticket(
      String heading, List<String> lines, Optional<String> qrCode, Optional<String> barcode) {
    public Ticket {
      Objects.requireNonNull(heading, "heading");
      lines = List.copyOf(lines);
      Objects.requireNonNull(qrCode, "qrCode");
      Objects.requireNonNull(barcode, "barcode");
      barcode.ifPresent(
          code -> {
            if (!code.matches("[0-9A-Z \\-.$/+%]{1,40}")) {
              throw new IllegalArgumentException(
                  "a CODE39 barcode holds 1 to 40 of 0-9 A-Z space - . $ / + %");
            }
          });
    }
  }
}
