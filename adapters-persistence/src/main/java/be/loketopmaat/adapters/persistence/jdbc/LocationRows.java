package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LocationRows extends GenericRepository<LocationRow, String> {

  List<LocationRow> listOrderByCode();

  Optional<LocationRow> findById(String code);

  boolean existsById(String code);

  LocationRow save(LocationRow row);

  /** The number of rows changed: 0 when there is no location with that code. */
  long update(@Id String code, String name, String type, String district, String definition);

  long count();
}
