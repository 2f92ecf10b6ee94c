package be.loketopmaat.domain.population;

/** How a member of a household stands to its reference person. */
public enum HouseholdRole {
  REFERENCE_PERSON,
  PARTNER,
  CHILD,
  PARENT,
  OTHER_RELATIVE,
  UNRELATED
}
