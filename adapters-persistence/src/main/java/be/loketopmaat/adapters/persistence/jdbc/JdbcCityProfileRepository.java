package be.loketopmaat.adapters.persistence.jdbc;

import be.loketopmaat.application.port.out.CityProfileRepository;
import be.loketopmaat.domain.city.CityProfile;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The city profile as the single row of {@code city_profile}. */
@Singleton
@Transactional
public class JdbcCityProfileRepository implements CityProfileRepository {
  private static final Argument<Documents.CityProfileDefinition> DEFINITION =
      Argument.of(Documents.CityProfileDefinition.class);

  private final CityProfileRows rows;
  private final RowMapper mapper;
  private final JsonColumns json;

  JdbcCityProfileRepository(CityProfileRows rows, RowMapper mapper, JsonColumns json) {
    this.rows = rows;
    this.mapper = mapper;
    this.json = json;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CityProfile> find() {
    return rows.findById(CityProfileRow.ONLY)
        .map(row -> mapper.toCityProfile(row, json.read(DEFINITION, row.definition())));
  }

  @Override
  public void save(CityProfile profile) {
    CityProfileRow row =
        mapper.toRow(profile, json.write(DEFINITION, mapper.toDefinition(profile)));
    if (rows.update(row.id(), row.code(), row.definition()) == 0) {
      rows.save(row);
    }
  }
}
