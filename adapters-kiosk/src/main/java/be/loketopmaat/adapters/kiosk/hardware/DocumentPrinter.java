package be.loketopmaat.adapters.kiosk.hardware;

import java.util.Objects;

/** The kiosk's A4 printer. */
public interface DocumentPrinter {

  /** Prints a PDF document and waits until the printer reports it done or failed. */
  PrintOutcome print(Document document);

  /** The printer's state now, without printing. */
  PrinterState state();

  /** A PDF to print, with the job name shown in the printer's queue (never the citizen's name). */
  record Document(String jobName, byte[] pdf) {
    public Document {
      Objects.requireNonNull(jobName, "jobName");
      if (pdf == null || pdf.length == 0) {
        throw new IllegalArgumentException("a document needs PDF bytes");
      }
      pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
      return pdf.clone();
    }
  }
}
