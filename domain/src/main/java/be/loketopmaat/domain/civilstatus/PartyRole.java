package be.loketopmaat.domain.civilstatus;

/** The part a person plays in a declaration. */
public enum PartyRole {
  /** The mother of the child (a birth, a recognition). */
  MOTHER,
  /** The child's other parent: the father or the co-mother (a birth). */
  OTHER_PARENT,
  /** The child (a birth, a recognition); a newborn or unborn child has no national number yet. */
  CHILD,
  /** The parent who recognises the child (a recognition). */
  RECOGNISING_PARENT,
  /** One of the two future spouses (a marriage). */
  SPOUSE
}
