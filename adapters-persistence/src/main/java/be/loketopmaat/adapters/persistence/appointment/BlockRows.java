package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BlockRows extends GenericRepository<BlockRow, UUID> {

  BlockRow save(BlockRow row);

  List<BlockRow> findByLocationCodeAndStartAtGreaterThanEqualsAndStartAtLessThan(
      String locationCode, LocalDateTime from, LocalDateTime to, Sort sort);

  /** The number of rows deleted: 0 when the location has no block with that id. */
  long deleteByIdAndLocationCode(UUID id, String locationCode);
}
