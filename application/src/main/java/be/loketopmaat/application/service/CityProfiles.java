package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.out.CityProfileRepository;
import be.loketopmaat.domain.city.CityProfile;

/** Reads the city profile; every use case that needs the city's rules goes through here. */
public final class CityProfiles implements CityProfileUseCase {
  private final CityProfileRepository repository;

  public CityProfiles(CityProfileRepository repository) {
    this.repository = repository;
  }

  @Override
  public CityProfile cityProfile() {
    return repository.find().orElseThrow(() -> new IllegalStateException(
        "the database holds no city profile: the reference data was not loaded"));
  }
}
