package be.loketopmaat.domain.counter;

/** A walk-in ticket waits, is called to a desk, and is then served or missed. */
public enum TicketStatus {
  WAITING,
  CALLED,
  SERVED,
  MISSED
}
