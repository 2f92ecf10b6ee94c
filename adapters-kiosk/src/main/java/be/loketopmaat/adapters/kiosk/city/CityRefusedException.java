package be.loketopmaat.adapters.kiosk.city;

/**
 * The city answered with a problem (or could not be reached: status 0): the status, the problem's
 * machine-readable reason when it has one, and its detail for the screen.
 */
public final class CityRefusedException extends RuntimeException {
  private final int status;
  private final String reason;

  public CityRefusedException(int status, String reason, String detail) {
    super(status + (reason == null ? "" : " " + reason) + ": " + detail);
    this.status = status;
    this.reason = reason;
  }

  public int status() {
    return status;
  }

  /** The problem's {@code reason} (e.g. {@code codes-request-open}), or null. */
  public String reason() {
    return reason;
  }
}
