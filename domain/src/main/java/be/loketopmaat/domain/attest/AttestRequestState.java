package be.loketopmaat.domain.attest;

/**
 * Where a request for an attest stands. RECEIVED is the only open state of the automatic road; it
 * ends DELIVERED (in the citizen's eBox), POSTED (no eBox consent: in the print-and-mail queue,
 * PRINTED once staff printed and mailed it) or REFERRED (to staff, with the reason; RESOLVED once
 * they dealt with it).
 */
public enum AttestRequestState {
  /** Taken; its delivery call is queued. */
  RECEIVED,
  /** Published in the citizen's eBox. */
  DELIVERED,
  /** Waiting in the print-and-mail queue: the citizen has no eBox consent. */
  POSTED,
  /** Printed and mailed by staff. */
  PRINTED,
  /** In the staff's work queue: the rules cannot answer it (the reason says why). */
  REFERRED,
  /** Dealt with by staff. */
  RESOLVED;

  /** Whether its road ended: delivered, printed, or resolved by staff. */
  public boolean isEnded() {
    return this == DELIVERED || this == PRINTED || this == RESOLVED;
  }

  /** Whether staff still have work with it (the post queue or the work queue). */
  public boolean waitsForStaff() {
    return this == POSTED || this == REFERRED;
  }
}
