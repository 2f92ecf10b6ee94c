package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The one city profile of the database; {@code id} is always {@link #ONLY}. */
@MappedEntity("city_profile")
record CityProfileRow(@Id Integer id, String code, String definition) {
  static final int ONLY = 1;
}
