package be.loketopmaat.domain.common;

/** A text the citizen reads, in each of the city's three languages: all three are required. */
public record LocalizedText(String nl, String fr, String en) {
  public static final int MAX_LENGTH = 2000;

  public LocalizedText {
    new Violations()
        .requireText(nl, "nl", MAX_LENGTH)
        .requireText(fr, "fr", MAX_LENGTH)
        .requireText(en, "en", MAX_LENGTH)
        .throwIfAny();
    nl = nl.strip();
    fr = fr.strip();
    en = en.strip();
  }

  public String in(Language language) {
    return switch (language) {
      case NL -> nl;
      case FR -> fr;
      case EN -> en;
    };
  }
}
