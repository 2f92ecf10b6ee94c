package be.loketopmaat.domain.population;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Violations;

/** One member of a household as the register lists it. */
public record HouseholdMember(NationalNumber insz, PersonName name, HouseholdRole role) {
  public HouseholdMember {
    new Violations()
        .requireNonNull(insz, "insz")
        .requireNonNull(name, "name")
        .requireNonNull(role, "role")
        .throwIfAny();
  }
}
