package be.loketopmaat.domain.civilstatus;

/**
 * Where a civil-status declaration stands. The electronic road is SUBMITTED → DRAFTED (a draft act
 * in DABS, no legal value yet) → SIGNING (the officer signed; the signature is on its way to DABS)
 * → SIGNED → EXTRACT_DELIVERED (in the declarant's eBox), or EXTRACT_POSTED (no eBox consent: in
 * the print-and-mail queue, EXTRACT_DELIVERED once staff mailed it). It ends early REFERRED (may
 * not be electronic: to the counter, with the legal reason), REJECTED (by the officer, with a
 * reason) or FAILED (DABS refused it: kept for staff).
 */
public enum DeclarationState {
  SUBMITTED,
  DRAFTED,
  SIGNING,
  SIGNED,
  EXTRACT_POSTED,
  EXTRACT_DELIVERED,
  REFERRED,
  REJECTED,
  FAILED;

  /** Whether its road ended: nothing may change it any more. */
  public boolean isEnded() {
    return this == EXTRACT_DELIVERED || this == REFERRED || this == REJECTED || this == FAILED;
  }
}
