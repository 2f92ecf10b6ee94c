package be.loketopmaat.domain.staff;

/** What a member of staff did to a citizen's appointment. */
public enum StaffActionKind {
  BOOKED,
  /** Shown in the result of a staff search: personal data seen, if only its summary. */
  LISTED,
  VIEWED,
  MOVED,
  CANCELLED,
  LINK_SENT,
  CHECKED_IN,
  CHECKED_IN_LATE,
  COMPLETED,
  NO_SHOW;

  /**
   * Moving, cancelling and a late check-in change what the citizen agreed to: they need a reason.
   */
  public boolean needsReason() {
    return this == MOVED || this == CANCELLED || this == CHECKED_IN_LATE;
  }
}
