package be.loketopmaat.domain.population;

import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.kiosk.KioskDocument;

/**
 * The ten attest models from the population register that a municipality may issue, as fixed by the
 * ministerial decree of 21 April 2017. Each attest is an extract of what the register holds on the
 * day it is made.
 */
public enum AttestModel implements KioskDocument {
  HOUSEHOLD_COMPOSITION(
      "Bewijs van gezinssamenstelling",
      "Certificat de composition de ménage",
      "Household composition"),
  MAIN_RESIDENCE(
      "Bewijs van hoofdverblijfplaats", "Certificat de résidence principale", "Main residence"),
  MAIN_RESIDENCE_WITH_HISTORY(
      "Bewijs van hoofdverblijfplaats met historiek",
      "Certificat de résidence principale avec historique",
      "Main residence with history"),
  NATIONALITY("Bewijs van nationaliteit", "Certificat de nationalité", "Nationality"),
  LIFE("Bewijs van leven", "Certificat de vie", "Life"),
  LEGAL_COHABITATION(
      "Bewijs van wettelijke samenwoning",
      "Certificat de cohabitation légale",
      "Legal cohabitation"),
  RESIDENCE_FOR_MARRIAGE(
      "Bewijs van woonst met het oog op een huwelijk",
      "Certificat de résidence en vue d'un mariage",
      "Residence for marriage"),
  BURIAL_MODE_AND_RITES(
      "Bewijs van wijze van teraardebestelling en levensbeschouwing",
      "Certificat de mode de sépulture et de rites",
      "Burial mode and rites"),
  ELECTORAL_REGISTER("Bewijs van kiezer", "Certificat d'électeur", "Electoral register"),
  EXTRACT_FROM_REGISTERS(
      "Uittreksel uit de registers", "Extrait des registres", "Extract from the registers");

  // Plain strings, so that the enum is visibly immutable (Error Prone's ImmutableEnumChecker cannot
  // tell that the LocalizedText record is).
  private final String nl;
  private final String fr;
  private final String en;

  AttestModel(String nl, String fr, String en) {
    this.nl = nl;
    this.fr = fr;
    this.en = en;
  }

  /** The attest's name as a citizen knows it. */
  @Override
  public LocalizedText title() {
    return new LocalizedText(nl, fr, en);
  }

  /**
   * Whether the attest states that the person is alive today: the register cannot issue it for a
   * person who died.
   */
  public boolean certifiesLife() {
    return this == LIFE;
  }
}
