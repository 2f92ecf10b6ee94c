package be.loketopmaat.domain.common;

import java.util.Locale;
import java.util.Optional;

/** The languages the city speaks to its citizens in. Dutch is the city's own and the default. */
public enum Language {
  NL,
  FR,
  EN;

  public static Optional<Language> fromTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    // The limit -1 keeps empty parts: "-" gives [""], not an empty array without a first element.
    String primary = tag.trim().split("[-_]", -1)[0].toUpperCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.name().equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
