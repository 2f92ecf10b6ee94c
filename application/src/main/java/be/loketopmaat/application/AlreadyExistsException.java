package be.loketopmaat.application;

import be.loketopmaat.domain.common.Phrase;

/** Something was to be created under a code that is already taken. */
public class AlreadyExistsException extends RuntimeException {
  private final String kind;
  private final String code;

  public AlreadyExistsException(String kind, String code) {
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

  /** What already exists, for a person; {@code kind} is an English word translated with it. */
  public Phrase phrase() {
    return phrase(kind, code);
  }

  private static Phrase phrase(String kind, String code) {
    return Phrase.of("There is already a {0} '{1}'", Phrase.of(kind), code);
  }
}
