package be.loketopmaat.domain.civilstatus;

/** What ties a child's other parent to the mother, as far as the child's filiation goes. */
public enum ParentRelation {
  /**
   * The other parent is the mother's spouse: paternity (a husband) or co-motherhood (a wife) is
   * presumed by the marriage.
   */
  MARRIED_TO_MOTHER,
  /** The other parent recognised the child before its birth, and the recognition is registered. */
  PRENATAL_RECOGNITION,
  /** Nothing establishes the other parent's filiation (or there is no other parent). */
  NONE
}
