package be.loketopmaat.domain.civilstatus;

/** What a citizen may declare electronically to the civil-status officer (since March 2023). */
public enum DeclarationKind {
  /** The birth of a child. */
  BIRTH,
  /** The recognition of a child, born or unborn, by a parent not presumed by marriage. */
  RECOGNITION,
  /** The declaration of an intended marriage. */
  MARRIAGE
}
