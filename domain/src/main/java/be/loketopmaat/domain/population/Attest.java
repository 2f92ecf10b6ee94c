package be.loketopmaat.domain.population;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Violations;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * An attest the population register made for a person, as the PDF it answered with. The bytes are
 * copied in and out, so an attest cannot change once made.
 */
public record Attest(
    NationalNumber insz,
    AttestModel model,
    AttestLanguage language,
    NisCode issuedBy,
    LocalDate issuedOn,
    byte[] pdf) {
  /** A PDF file starts with this header; anything else is not an attest. */
  private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  public static final int MAX_PDF_BYTES = 5 * 1024 * 1024;

  public Attest {
    new Violations()
        .requireNonNull(insz, "insz")
        .requireNonNull(model, "model")
        .requireNonNull(language, "language")
        .requireNonNull(issuedBy, "issuedBy")
        .requireNonNull(issuedOn, "issuedOn")
        .require(pdf != null && isPdf(pdf), "pdf", "must be a PDF document")
        .require(pdf == null || pdf.length <= MAX_PDF_BYTES, "pdf", "must be at most 5 MB")
        .throwIfAny();
    pdf = pdf.clone();
  }

  @Override
  public byte[] pdf() {
    return pdf.clone();
  }

  private static boolean isPdf(byte[] bytes) {
    return bytes.length > PDF_HEADER.length
        && Arrays.equals(bytes, 0, PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attest that
        && insz.equals(that.insz)
        && model == that.model
        && language == that.language
        && issuedBy.equals(that.issuedBy)
        && issuedOn.equals(that.issuedOn)
        && Arrays.equals(pdf, that.pdf);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Objects.hash(insz, model, language, issuedBy, issuedOn)
        + Arrays.hashCode(pdf);
  }

  @Override
  public String toString() {
    return "Attest[" + model + ", " + language + ", " + insz + ", " + pdf.length + " bytes]";
  }
}
