package be.loketopmaat.domain.population;

/**
 * The population register answered, and its answer is a refusal. Not a technical failure: asking
 * again gets the same answer, so the request goes to staff with the reason instead of being
 * retried.
 */
public class RegisterRefusedException extends RuntimeException {
  private final RefusalReason reason;
  private final String registerCode;

  public RegisterRefusedException(RefusalReason reason, String registerCode, String diagnosis) {
    super("The population register refused (" + registerCode + "): " + diagnosis);
    this.reason = reason;
    this.registerCode = registerCode;
  }

  public RefusalReason reason() {
    return reason;
  }

  /** The register's own code for the refusal, e.g. {@code 20002}. */
  public String registerCode() {
    return registerCode;
  }
}
