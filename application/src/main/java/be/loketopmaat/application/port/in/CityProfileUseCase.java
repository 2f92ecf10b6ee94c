package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.city.CityProfile;

/** Which city this instance serves: its districts, contact centre and e-counter. */
public interface CityProfileUseCase {
  CityProfile cityProfile();
}
