package be.loketopmaat.domain.renewal;

/** What a renewal run decided for one card. */
public enum SummonsOutcome {
  /** A slot is kept for the holder, who confirms or releases it. */
  KEPT,
  /** The holder is invited to book a slot themselves (none fitted, or they are reached by post). */
  INVITED,
  /** Nothing is sent: the holder has an eID appointment or application open already. */
  SKIPPED
}
