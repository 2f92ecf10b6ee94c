package be.loketopmaat.domain.location;

/** What the staff at a desk are trained and equipped for: a theme of the catalogue, or pickups. */
public enum DeskCapability {
  IDENTITY,
  MOBILITY,
  HOUSING,
  LIFE_EVENTS,
  OTHER,
  PICKUP
}
