package be.loketopmaat.domain.catalogue;

/** The themes the city groups its products in. */
public enum Theme {
  IDENTITY,
  MOBILITY,
  HOUSING,
  LIFE_EVENTS,
  OTHER
}
