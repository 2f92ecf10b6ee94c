package be.loketopmaat.application.port.out.federal;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.civilstatus.Declaration;
import be.loketopmaat.domain.civilstatus.DeclarationKind;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.population.NisCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The federal civil-status database (DABS, FOD Justitie): a declaration becomes a draft act there,
 * which has no legal value until the city's civil-status officer signs it through DABS; a signed
 * act yields extracts that carry DABS's seal and a QR code to verify them.
 *
 * <p>Every call is idempotent: the declaration's id is the key of its draft (a draft asked for
 * again answers the first), and signing a signed draft answers its act.
 *
 * @throws RegistryRefusedException when DABS refuses the call (never retried)
 * @throws SystemUnavailableException when DABS cannot be reached or fails (retry later)
 */
public interface CivilStatusRegistry {

  /** A draft act as DABS holds it; {@code actNumber} once it is signed. */
  record DraftAct(String draftId, boolean signed, String actNumber) {
    public DraftAct {
      Objects.requireNonNull(draftId, "draftId");
    }
  }

  /** A signed act: it has legal value from {@code signedAt} on. */
  record SignedAct(String actNumber, LocalDateTime signedAt) {
    public SignedAct {
      Objects.requireNonNull(actNumber, "actNumber");
      Objects.requireNonNull(signedAt, "signedAt");
    }
  }

  /** An extract of a signed act: the PDF with its seal and QR code, and the URL the QR holds. */
  record Extract(byte[] pdf, String verificationUrl) {
    public Extract {
      Objects.requireNonNull(verificationUrl, "verificationUrl");
      if (pdf == null || pdf.length == 0) {
        throw new IllegalArgumentException("an extract has a PDF");
      }
      pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
      return pdf.clone();
    }
  }

  /**
   * A signed act that names a person (as child, parent, recognising parent or spouse), as DABS
   * lists it: enough to choose the act, nothing of the other persons. {@code eventDate} may be
   * null.
   */
  record Act(
      String actNumber,
      DeclarationKind kind,
      LocalDate eventDate,
      NisCode municipality,
      LocalDateTime signedAt) {
    public Act {
      Objects.requireNonNull(actNumber, "actNumber");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(municipality, "municipality");
      Objects.requireNonNull(signedAt, "signedAt");
    }
  }

  /** Why DABS refused a call. */
  enum Refusal {
    /** A national number of the declaration is not in the National Register. */
    UNKNOWN_NATIONAL_NUMBER,
    /** DABS's own check: the law does not allow this declaration electronically. */
    NOT_ELECTRONIC,
    /** The same event was declared before under another key (e.g. the other parent did). */
    DUPLICATE_DECLARATION,
    /** DABS knows no such draft act (or it is another municipality's). */
    UNKNOWN_DRAFT,
    /** The officer may not sign for the municipality. */
    OFFICER_NOT_AUTHORISED,
    /** DABS knows no such signed act. */
    UNKNOWN_ACT
  }

  /** DABS answered with a refusal, {@code reason} in its words. */
  class RegistryRefusedException extends RuntimeException {
    private final Refusal refusal;

    public RegistryRefusedException(Refusal refusal, String reason) {
      super(refusal + ": " + reason);
      this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public Refusal refusal() {
      return refusal;
    }
  }

  /** Makes the draft act of the declaration, once per declaration id. */
  DraftAct createDraft(Declaration declaration);

  /** The draft act; empty when DABS knows none of this id. */
  Optional<DraftAct> draft(String draftId);

  /** The officer {@code officerId} signs the draft act. */
  SignedAct sign(String draftId, String officerId);

  /** The extract of a signed act, in {@code language}. */
  Extract extract(String actNumber, Language language);

  /**
   * The signed acts that name {@code person}, oldest event first (the citizen's own acts, to choose
   * one for an extract). A person not in the National Register is a refusal ({@link
   * Refusal#UNKNOWN_NATIONAL_NUMBER}); a person without acts an empty list.
   */
  List<Act> acts(NationalNumber person);
}
