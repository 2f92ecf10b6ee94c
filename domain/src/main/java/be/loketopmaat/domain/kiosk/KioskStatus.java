package be.loketopmaat.domain.kiosk;

/** What a kiosk says of itself in its heartbeat (or what the city concludes when it is silent). */
public enum KioskStatus {
  ONLINE,
  OUT_OF_PAPER,
  JAMMED,
  OFFLINE;

  /** Whether a citizen can print at a kiosk in this state. */
  public boolean canPrint() {
    return this == ONLINE;
  }
}
