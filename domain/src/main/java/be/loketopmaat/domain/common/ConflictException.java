package be.loketopmaat.domain.common;

/**
 * A request that is well-formed but clashes with the current state: a transition an appointment
 * cannot make now, a slot that is taken. Answered with 409.
 */
public class ConflictException extends RuntimeException {
  private final String reason;
  private final transient Phrase phrase;

  /** {@code template} in English, with its arguments (see {@link Phrase}). */
  public ConflictException(String reason, String template, Object... args) {
    this(reason, Phrase.of(template, args));
  }

  public ConflictException(String reason, Phrase phrase) {
    super(phrase.english());
    this.reason = reason;
    this.phrase = phrase;
  }

  /** What clashed, for a person, to be translated by whoever answers. */
  public Phrase phrase() {
    return phrase;
  }

  /**
   * A stable, machine-readable word for what clashed (e.g. {@code slot-taken}, {@code
   * not-checked-in}).
   */
  public String reason() {
    return reason;
  }
}
