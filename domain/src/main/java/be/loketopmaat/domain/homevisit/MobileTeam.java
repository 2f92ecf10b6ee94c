package be.loketopmaat.domain.homevisit;

import be.loketopmaat.domain.common.Code;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.WeeklySchedule;

/**
 * A team that goes to citizens who cannot travel, with one mobile biometrics kit. It leaves from
 * and returns to its {@code base}, a location with a safe, where the documents it delivers wait;
 * {@code hours} are the hours it is out, travel from and back to the base included.
 *
 * @param kit the kit's identifier at the kits' sync service
 */
public record MobileTeam(
    TeamCode code, String name, LocationCode base, String kit, WeeklySchedule hours) {
  public MobileTeam {
    new Violations()
        .requireNonNull(code, "code")
        .requireText(name, "name", 100)
        .requireNonNull(base, "base")
        .require(Code.isValid(kit), "kit", "must be 2 to 60 lower-case letters, digits or dashes")
        .requireNonNull(hours, "hours")
        .throwIfAny();
  }
}
