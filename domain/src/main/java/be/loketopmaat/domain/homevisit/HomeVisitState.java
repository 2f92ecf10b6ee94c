package be.loketopmaat.domain.homevisit;

/**
 * Where a home visit stands. PLANNED is the only open state; the kit's report ends it DONE (the
 * capture was taken, or the document handed over) or MISSED (nobody home, the capture failed), and
 * staff may cancel it before.
 */
public enum HomeVisitState {
  PLANNED,
  DONE,
  MISSED,
  CANCELLED;

  public boolean isOpen() {
    return this == PLANNED;
  }
}
