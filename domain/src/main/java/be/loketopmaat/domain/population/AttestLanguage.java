package be.loketopmaat.domain.population;

import be.loketopmaat.domain.common.InvalidInputException;
import java.util.Locale;

/**
 * The languages an attest from the population register is written in: the three national languages.
 * Not the same set as the languages the city writes to citizens in (which has English, not German).
 */
public enum AttestLanguage {
  NL,
  FR,
  DE;

  /**
   * Reads {@code nl}, {@code fr} or {@code de} (any case, region ignored); refuses anything else.
   */
  public static AttestLanguage fromTag(String tag) {
    if (tag == null || tag.isBlank()) {
      throw new InvalidInputException("language", "is required");
    }
    // The limit -1 keeps empty parts: "-" gives [""], not an empty array without a first element.
    String primary = tag.strip().split("[-_]", -1)[0].toUpperCase(Locale.ROOT);
    for (AttestLanguage language : values()) {
      if (language.name().equals(primary)) {
        return language;
      }
    }
    throw new InvalidInputException("language", "an attest is issued in nl, fr or de");
  }

  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
