package be.loketopmaat.domain.document;

/** The federal system that makes a kind of document, and that the city reports to about it. */
public enum FederalSystem {
  /**
   * The card production of the National Register: the city records the application at its desk and
   * orders the card.
   */
  BELPIC,
  /**
   * BelDrive, the driving-licence register of the FOD Mobiliteit: the citizen applies there, the
   * city learns of the application from its feed and hands the card over.
   */
  BELDRIVE;

  /** Whether the city takes the application at its own desk (and orders the document). */
  public boolean takesApplicationsAtTheDesk() {
    return this == BELPIC;
  }
}
