package be.loketopmaat.domain.document;

/**
 * Where a request for new PIN/PUK codes stands. The codes letter goes to the municipality (about
 * three weeks after the order), not to the holder's address: the holder picks it up where they
 * asked for it.
 */
public enum CodeRequestState {
  /** Asked for at a desk or kiosk; the order to the card production is queued. */
  REQUESTED(0),
  /** The card production acknowledged the order. */
  ORDERED(1),
  /** The letter is on its way to the municipality. */
  DISPATCHED(2),
  /** The letter lies at the pickup location: the citizen is told. */
  ARRIVED(3),
  HANDED_OVER(4),
  /** Refused, by the city or the production, with the reason said. */
  REFUSED(-1);

  private final int step;

  CodeRequestState(int step) {
    this.step = step;
  }

  public boolean isFinal() {
    return step < 0 || this == HANDED_OVER;
  }

  boolean reached(CodeRequestState other) {
    return step >= 0 && other.step >= 0 && step >= other.step;
  }

  boolean isForward() {
    return step >= 0;
  }
}
