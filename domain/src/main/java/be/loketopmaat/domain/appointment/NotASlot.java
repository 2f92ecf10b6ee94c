package be.loketopmaat.domain.appointment;

/**
 * Why a start asked for is no slot at all (whether or not someone has it): a reason of its own, so
 * that a citizen is not told "taken" for a time that was never on offer.
 */
public enum NotASlot {
  /** The location is not open at that time (closed day, outside the opening hours). */
  CLOSED("location-closed"),
  /** The location is open then, but slots start on the grid and this start is not on it. */
  OFF_GRID("not-on-grid"),
  /** It starts on the grid, but the service time does not fit before the window closes. */
  DOES_NOT_FIT("does-not-fit");

  private final String reason;

  NotASlot(String reason) {
    this.reason = reason;
  }

  /** The stable word a client may branch on. */
  public String reason() {
    return reason;
  }
}
