package be.loketopmaat.domain.homevisit;

/** What a home visit is for. */
public enum HomeVisitPurpose {
  /** Take the application: the kit captures photo, fingerprints and signature. */
  APPLICATION,
  /** Bring the document that arrived: the kit checks the fingerprints, then it is handed over. */
  DELIVERY
}
