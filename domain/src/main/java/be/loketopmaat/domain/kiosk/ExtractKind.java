package be.loketopmaat.domain.kiosk;

import be.loketopmaat.domain.civilstatus.DeclarationKind;
import be.loketopmaat.domain.common.LocalizedText;

/** The extract of a civil-status act a kiosk prints: of a birth, a recognition or a marriage. */
public enum ExtractKind implements KioskDocument {
  BIRTH_ACT_EXTRACT(
      "Uittreksel uit de geboorteakte", "Extrait d'acte de naissance", "Extract of a birth act"),
  RECOGNITION_ACT_EXTRACT(
      "Uittreksel uit de akte van erkenning",
      "Extrait d'acte de reconnaissance",
      "Extract of an act of recognition"),
  MARRIAGE_ACT_EXTRACT(
      "Uittreksel uit de huwelijksakte", "Extrait d'acte de mariage", "Extract of a marriage act");

  // Plain strings, so that the enum is visibly immutable (as AttestModel).
  private final String nl;
  private final String fr;
  private final String en;

  ExtractKind(String nl, String fr, String en) {
    this.nl = nl;
    this.fr = fr;
    this.en = en;
  }

  @Override
  public LocalizedText title() {
    return new LocalizedText(nl, fr, en);
  }

  /** The extract of an act of this kind. */
  public static ExtractKind of(DeclarationKind act) {
    return switch (act) {
      case BIRTH -> BIRTH_ACT_EXTRACT;
      case RECOGNITION -> RECOGNITION_ACT_EXTRACT;
      case MARRIAGE -> MARRIAGE_ACT_EXTRACT;
    };
  }
}
