package be.loketopmaat.domain.location;

import be.loketopmaat.domain.common.Code;
import be.loketopmaat.domain.common.Violations;
import java.util.EnumSet;
import java.util.Set;

/** One desk of a location and what it can handle. */
public record Desk(String code, Set<DeskCapability> capabilities) {
  public Desk {
    Violations violations =
        new Violations()
            .require(
                Code.isValid(code), "code", "must be 2 to 60 lower-case letters, digits or dashes");
    violations.require(
        capabilities != null && !capabilities.isEmpty(),
        "capabilities",
        "needs at least one capability");
    violations.requireNoNulls(capabilities, "capabilities");
    violations.throwIfAny();
    capabilities = Set.copyOf(EnumSet.copyOf(capabilities));
  }

  public boolean can(DeskCapability capability) {
    return capabilities.contains(capability);
  }
}
