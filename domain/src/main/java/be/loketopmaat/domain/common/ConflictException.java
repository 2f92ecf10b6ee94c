package be.loketopmaat.domain.common;

/**
 * A request that is well-formed but clashes with the current state: a transition an appointment
 * cannot make now, a slot that is taken. Answered with 409.
 */
public class ConflictException extends RuntimeException {
  private final String reason;

  public ConflictException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /**
   * A stable, machine-readable word for what clashed (e.g. {@code slot-taken}, {@code
   * not-checked-in}).
   */
  public String reason() {
    return reason;
  }
}
