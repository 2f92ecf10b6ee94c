package be.loketopmaat.adapters.kiosk.attest;

/** The languages of the kiosk's screens and printed texts. */
public enum KioskLanguage {
  NL,
  FR,
  EN;

  /** Picks the text for this language. */
  public String pick(String nl, String fr, String en) {
    switch (this) {
      case NL:
        return nl;
      case FR:
        return fr;
      default:
        return en;
    }
  }
}
