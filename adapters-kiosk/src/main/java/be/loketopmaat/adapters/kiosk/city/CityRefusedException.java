package be.loketopmaat.adapters.kiosk.city;

/**
 * The city answered with a problem (or could not be reached: status 0): the status, the problem's
 * machine-readable reason when it has one, and its detail for the screen.
 */
public final class CityRefusedException extends RuntimeException {
  private final int status;
  private final String reason;
  private final String detail;

  public CityRefusedException(int status, String reason, String detail) {
    super(status + (reason == null ? "" : " " + reason) + ": " + detail);
    this.status = status;
    this.reason = reason;
    this.detail = detail;
  }

  /** The problem's detail, in the language the kiosk asked for, or null. */
  public String detail() {
    return detail;
  }

  public int status() {
    return status;
  }

  /** The problem's {@code reason} (e.g. {@code codes-request-open}), or null. */
  public String reason() {
    return reason;
  }
}
