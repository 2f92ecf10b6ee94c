package be.loketopmaat.domain.document;

import be.loketopmaat.domain.common.Phrase;

/**
 * Where an identity document stands on its road from the desk to the citizen's hands. The forward
 * road is RECORDED, ORDERED, IN_PRODUCTION, DISPATCHED, ARRIVED, HANDED_OVER; REFUSED, CANCELLED
 * and RETURNED end it early.
 */
public enum DocumentState {
  /** Application and capture taken at the desk (or on a home visit); the order is queued. */
  RECORDED(0),
  /** The card production acknowledged the order and gave it a production number. */
  ORDERED(1),
  IN_PRODUCTION(2),
  /** Sent to the municipality, to the pickup location. */
  DISPATCHED(3),
  /** In the pickup location's safe: the citizen is told and may come for it. */
  ARRIVED(4),
  /** Handed over after the fingerprints were checked again, and activated. */
  HANDED_OVER(5),
  /** The card production refused the order (a rejected photo, a number it does not know). */
  REFUSED(-1),
  /** Cancelled by staff before it was dispatched. */
  CANCELLED(-1),
  /** Not picked up within three months of arrival, so sent back. */
  RETURNED(-1);

  private final int step;

  DocumentState(int step) {
    this.step = step;
  }

  /** Whether the road ends here. */
  public boolean isFinal() {
    return step < 0 || this == HANDED_OVER;
  }

  /** Whether this is on the forward road at or after {@code other} (both on the forward road). */
  boolean reached(DocumentState other) {
    return step >= 0 && other.step >= 0 && step >= other.step;
  }

  boolean isForward() {
    return step >= 0;
  }

  /** The state in words, for a person (a problem, a message), in the reader's language. */
  public Phrase phrase() {
    return switch (this) {
      case RECORDED -> Phrase.of("recorded, its order not yet taken");
      case ORDERED -> Phrase.of("ordered");
      case IN_PRODUCTION -> Phrase.of("in production");
      case DISPATCHED -> Phrase.of("on its way to the safe");
      case ARRIVED -> Phrase.of("in the safe");
      case HANDED_OVER -> Phrase.of("handed over");
      case REFUSED -> Phrase.of("refused by the production");
      case CANCELLED -> Phrase.of("cancelled");
      case RETURNED -> Phrase.of("sent back");
    };
  }
}
