package be.loketopmaat.domain.common;

import java.util.List;

/**
 * A value was refused because it breaks a rule of the domain. It carries every violation found, so
 * that a client can correct all of them at once.
 */
public class InvalidInputException extends RuntimeException {
  private final transient List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super(summary(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** One violation: {@code field} with the English {@code template} (see {@link Phrase}). */
  public InvalidInputException(String field, String template, Object... args) {
    this(List.of(new FieldViolation(field, template, args)));
  }

  public InvalidInputException(String field, Phrase phrase) {
    this(List.of(new FieldViolation(field, phrase)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  /**
   * The same violations with their field paths placed under {@code prefix} (e.g. {@code desks[0]}).
   */
  public InvalidInputException under(String prefix) {
    return new InvalidInputException(
        violations.stream()
            .map(v -> new FieldViolation(prefix + "." + v.field(), v.phrase()))
            .toList());
  }

  private static String summary(List<FieldViolation> violations) {
    return violations.stream()
        .map(v -> v.field() + ": " + v.message())
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }
}
