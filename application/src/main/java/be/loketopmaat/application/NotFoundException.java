package be.loketopmaat.application;

import be.loketopmaat.domain.common.Phrase;

/** A use case was asked about something the city does not know, by its code. */
public class NotFoundException extends RuntimeException {
  private final String kind;
  private final String code;

  public NotFoundException(String kind, String code) {
    super(phrase(kind, code).english());
    this.kind = kind;
    this.code = code;
  }

  public String kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  /** What was not found, for a person; {@code kind} is an English word translated with it. */
  public Phrase phrase() {
    return phrase(kind, code);
  }

  private static Phrase phrase(String kind, String code) {
    return Phrase.of("No {0} with code '{1}'", Phrase.of(kind), code);
  }
}
