package be.loketopmaat.domain.counter;

/** What a walk-in ticket is for, which decides which desks may call it. */
public enum TicketPurpose {
  /** A product handed out over the counter without appointment: a desk of its theme serves it. */
  WALK_IN,
  /** Collecting a document made elsewhere: only a desk that handles pickups serves it. */
  PICKUP
}
