package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.out.CityProfileRepository;
import be.loketopmaat.domain.city.CityProfile;
import java.time.Clock;
import java.time.Duration;

/**
 * Reads the city profile; every use case that needs the city's rules goes through here. The profile
 * changes only with the reference data, so it is read at most once per time-to-live.
 */
public final class CityProfiles implements CityProfileUseCase {
  private final Snapshot<CityProfile> profile;

  public CityProfiles(CityProfileRepository repository) {
    this(repository, Duration.ZERO, Clock.systemUTC());
  }

  public CityProfiles(CityProfileRepository repository, Duration timeToLive, Clock clock) {
    this(repository, timeToLive, clock, () -> true);
  }

  /** As above; while {@code sourceReachable} says no, the last good copy is served as it is. */
  public CityProfiles(
      CityProfileRepository repository,
      Duration timeToLive,
      Clock clock,
      java.util.function.BooleanSupplier sourceReachable) {
    this.profile =
        new Snapshot<>(
            () ->
                repository
                    .find()
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "the database holds no city profile: the reference data was not loaded")),
            timeToLive,
            clock,
            sourceReachable);
  }

  @Override
  public CityProfile cityProfile() {
    return profile.get();
  }
}
