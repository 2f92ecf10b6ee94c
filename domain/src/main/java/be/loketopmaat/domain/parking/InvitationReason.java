package be.loketopmaat.domain.parking;

/** Why a permit was not renewed on its own, and its holder is invited to apply. */
public enum InvitationReason {
  /** The holder lives at another address in the city. */
  MOVED,
  /** The holder's household is not the one the permit was granted for. */
  HOUSEHOLD_CHANGED,
  /** The register knows the holder no more, or the holder lives in another municipality. */
  NOT_REGISTERED,
  /** The register says the holder died. */
  DECEASED
}
