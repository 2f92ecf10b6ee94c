package be.loketopmaat.domain.city;

import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.DistrictCode;

/**
 * A district of the city, with a central point used to find what is near a citizen who names it.
 */
public record District(DistrictCode code, String name, Coordinates centre) {
  public District {
    new Violations()
        .requireNonNull(code, "code")
        .requireText(name, "name", 100)
        .requireNonNull(centre, "centre")
        .throwIfAny();
  }
}
