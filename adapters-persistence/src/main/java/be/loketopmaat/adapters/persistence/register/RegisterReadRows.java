package be.loketopmaat.adapters.persistence.register;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RegisterReadRows extends GenericRepository<RegisterReadRow, Long> {

  RegisterReadRow save(RegisterReadRow row);

  List<RegisterReadRow> saveAll(Iterable<RegisterReadRow> rows);

  @Query(
      "SELECT * FROM register_read WHERE insz = :insz ORDER BY read_at DESC, id DESC LIMIT :limit")
  List<RegisterReadRow> of(String insz, int limit);
}
