package be.loketopmaat.application.port.out.federal;

/**
 * A system outside the city could not be asked: it did not answer in time, refused the connection,
 * dropped it, or answered with a server error. Unlike a refusal, asking again later may succeed, so
 * the caller retries (or queues) instead of telling the citizen no.
 */
public class SystemUnavailableException extends RuntimeException {
  private final String system;

  public SystemUnavailableException(String system, String detail, Throwable cause) {
    super(system + " is unavailable: " + detail, cause);
    this.system = system;
  }

  public SystemUnavailableException(String system, String detail) {
    this(system, detail, null);
  }

  /** The system's name as people call it, e.g. {@code MAGDA population register}. */
  public String system() {
    return system;
  }
}
