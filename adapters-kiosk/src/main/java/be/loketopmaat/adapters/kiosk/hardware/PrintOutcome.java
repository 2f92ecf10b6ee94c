package be.loketopmaat.adapters.kiosk.hardware;

import java.util.Optional;

/**
 * What sending something to a printer gave; the same outcomes for the A4 and the receipt printer.
 */
public sealed interface PrintOutcome
    permits PrintOutcome.Printed,
        PrintOutcome.OutOfPaper,
        PrintOutcome.Jammed,
        PrintOutcome.Offline,
        PrintOutcome.Rejected {

  /**
   * The printer reports the job done. {@code jobId} is the printer's own reference, when it gives
   * one.
   */
  record Printed(String jobId) implements PrintOutcome {}

  /** The printer is out of paper (before or during the job); the job did not complete. */
  record OutOfPaper() implements PrintOutcome {}

  /** Paper is stuck in the printer; the job did not complete. */
  record Jammed() implements PrintOutcome {}

  /** The printer cannot be reached or does not accept jobs. */
  record Offline(String detail) implements PrintOutcome {}

  /**
   * The printer refused the document itself (not a PDF, too large...): printing it again will not
   * help.
   */
  record Rejected(String detail) implements PrintOutcome {}

  /**
   * The outcome a printer in this state gives without printing: out of paper, jammed, or offline
   * (with {@code offlineDetail}); empty when it can print (ready, paper low).
   */
  static Optional<PrintOutcome> refusalFor(PrinterState state, String offlineDetail) {
    switch (state) {
      case OUT_OF_PAPER:
        return Optional.of(new OutOfPaper());
      case JAMMED:
        return Optional.of(new Jammed());
      case OFFLINE:
        return Optional.of(new Offline(offlineDetail));
      default:
        return Optional.empty();
    }
  }

  /** Whether the job was printed. */
  default boolean printed() {
    return this instanceof Printed;
  }
}
