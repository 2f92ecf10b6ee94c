package be.loketopmaat.domain.city;

import be.loketopmaat.domain.common.Formats;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.WeeklySchedule;

/** The city's contact centre: the Call channel, and the first alternative to digital. */
public record ContactCentre(String phone, WeeklySchedule hours) {
  public ContactCentre {
    new Violations()
        .require(Formats.isPhone(phone, 3), "phone", "must be a phone number")
        .requireNonNull(hours, "hours")
        .throwIfAny();
  }
}
