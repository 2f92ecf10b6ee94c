package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.city.CityProfile;
import java.util.Optional;

/** Where the profile of the one city this database serves is kept. */
public interface CityProfileRepository {

  /** Empty until the reference data has been loaded. */
  Optional<CityProfile> find();

  /** Stores the profile, replacing any earlier one. */
  void save(CityProfile profile);
}
