package be.loketopmaat.domain.parking;

/** What a renewal run decided for a permit whose period ends soon. */
public enum RenewalOutcome {
  RENEWED,
  INVITED
}
