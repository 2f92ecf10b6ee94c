package be.loketopmaat.domain.parking;

/** Where a resident parking permit stands. */
public enum PermitState {
  /** Valid until its end date, and renewed automatically when nothing changed. */
  ACTIVE,
  /**
   * Not renewed: its holder was invited to apply again, with the reason; it runs out at its end.
   */
  INVITED
}
