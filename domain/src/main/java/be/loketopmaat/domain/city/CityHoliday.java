package be.loketopmaat.domain.city;

import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.common.Violations;
import java.time.MonthDay;

/** A day on which the city closes its locations every year, beside the Belgian public holidays. */
public record CityHoliday(MonthDay day, LocalizedText name) {
  public CityHoliday {
    new Violations().requireNonNull(day, "day").requireNonNull(name, "name").throwIfAny();
  }
}
