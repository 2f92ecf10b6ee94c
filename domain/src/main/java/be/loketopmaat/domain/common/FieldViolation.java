package be.loketopmaat.domain.common;

import java.util.Objects;

/**
 * One reason why a value was refused, tied to the field (a dotted path such as {@code name.fr})
 * that carries it.
 */
public record FieldViolation(String field, Phrase phrase) {
  public FieldViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(phrase, "phrase");
  }

  /** A violation whose reason is the English {@code template} (see {@link Phrase}). */
  public FieldViolation(String field, String template, Object... args) {
    this(field, Phrase.of(template, args));
  }

  /** The reason in English. */
  public String message() {
    return phrase.english();
  }
}
