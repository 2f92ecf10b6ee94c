package be.loketopmaat.domain.renewal;

/** Where a summons stands. Only a KEPT summons changes, once, to one of the next three. */
public enum SummonsState {
  /** Its slot is kept until a few days before it. */
  KEPT,
  /** The holder confirmed: the kept slot is a booked appointment. */
  CONFIRMED,
  /** The holder gave the slot back. */
  RELEASED,
  /** Nobody confirmed in time: the slot was given back and the holder told. */
  LAPSED,
  /** Sent without a slot (an invitation); nothing to confirm. */
  INVITED,
  /** Nothing was sent. */
  SKIPPED
}
