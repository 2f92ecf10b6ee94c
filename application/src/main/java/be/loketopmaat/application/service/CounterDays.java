package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.domain.calendar.HolidayCalendar;
import be.loketopmaat.domain.calendar.OpeningCalendar;
import be.loketopmaat.domain.counter.CounterHours;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;

/** A location's counter hours on a day: its resolved opening, with the counter's margin. */
final class CounterDays {
  private final LocationRepository locations;
  private final CityProfileUseCase city;
  private final CounterRules rules;

  CounterDays(LocationRepository locations, CityProfileUseCase city, CounterRules rules) {
    this.locations = locations;
    this.city = city;
    this.rules = rules;
  }

  Location location(LocationCode code) {
    return locations
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("location", code.value()));
  }

  CounterHours hours(Location location, LocalDate day) {
    return new CounterHours(
        OpeningCalendar.resolve(
                location, day, day, new HolidayCalendar(city.cityProfile().holidays()))
            .windows(),
        rules.openMargin());
  }
}
