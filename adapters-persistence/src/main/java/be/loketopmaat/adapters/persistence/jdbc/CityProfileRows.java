package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CityProfileRows extends GenericRepository<CityProfileRow, Integer> {

  Optional<CityProfileRow> findById(Integer id);

  CityProfileRow save(CityProfileRow row);

  /** The number of rows changed: 0 before the first profile is stored. */
  long update(@Id Integer id, String code, String definition);
}
