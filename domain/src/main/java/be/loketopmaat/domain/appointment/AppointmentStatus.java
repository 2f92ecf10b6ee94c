package be.loketopmaat.domain.appointment;

/** The life of an appointment, from booking to the end of the visit. */
public enum AppointmentStatus {
  BOOKED(true),
  /** The citizen has arrived and waits to be called. */
  CHECKED_IN(true),
  /** Called to a desk. */
  CALLED(true),
  COMPLETED(false),
  /** Did not come within the grace period. */
  NO_SHOW(false),
  CANCELLED(false);

  private final boolean open;

  AppointmentStatus(boolean open) {
    this.open = open;
  }

  /**
   * Whether the appointment still takes its desk time and counts towards the citizen's open
   * appointments.
   */
  public boolean open() {
    return open;
  }
}
