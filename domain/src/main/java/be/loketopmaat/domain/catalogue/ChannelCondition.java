package be.loketopmaat.domain.catalogue;

/**
 * A condition under which a channel delivers a product; channel advice checks them against the
 * citizen.
 */
public enum ChannelCondition {
  /** The citizen identifies digitally: an eID card reader or itsme. */
  DIGITAL_IDENTIFICATION,
  /** Only when nothing changed since the last delivery (automatic renewal). */
  UNCHANGED_SITUATION,
  /** Only for citizens who cannot come to a location (reduced mobility). */
  REDUCED_MOBILITY,
  /** Only by appointment. */
  APPOINTMENT_REQUIRED
}
