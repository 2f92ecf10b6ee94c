package be.loketopmaat.domain.civilstatus;

import be.loketopmaat.domain.common.Phrase;

/**
 * Why a declaration may not be made electronically and goes to the counter, with the legal reason
 * as the citizen reads it (nl, fr, en through the problem texts).
 */
public enum CounterReason {
  /**
   * A birth whose other parent is neither presumed (the mother's spouse) nor recognised before the
   * birth: the other parent's filiation needs a recognition before the officer.
   */
  OTHER_PARENT_NOT_PRESUMED,
  /**
   * A birth that says the mother is married, or that a prenatal recognition is registered, and
   * names no other parent: the officer must establish who the presumed parent is.
   */
  PRESUMED_PARENT_NOT_NAMED,
  /** A birth declared by someone who is not one of the parents named. */
  DECLARANT_NOT_A_PARENT;

  /** The reason as the citizen and staff read it. */
  public Phrase legalReason() {
    return switch (this) {
      case OTHER_PARENT_NOT_PRESUMED ->
          Phrase.of(
              "An electronic birth declaration is allowed only where paternity or co-motherhood"
                  + " is presumed, a prenatal recognition is registered, or only the mother's"
                  + " filiation is established; the other parent named here is neither the"
                  + " mother's spouse nor recognised the child before birth, so the recognition"
                  + " must be made before the civil-status officer at the counter");
      case PRESUMED_PARENT_NOT_NAMED ->
          Phrase.of(
              "The declaration says the child has a presumed or recognised other parent but does"
                  + " not name them; the civil-status officer must establish the filiation at the"
                  + " counter");
      case DECLARANT_NOT_A_PARENT ->
          Phrase.of(
              "A birth is declared electronically only by the mother or the other parent named"
                  + " in the declaration; anyone else declares it at the counter");
    };
  }
}
