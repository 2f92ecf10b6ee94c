package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BlockRows extends GenericRepository<BlockRow, UUID> {

  BlockRow save(BlockRow row);

  /** The number of rows deleted: 0 when the location has no block with that id. */
  long deleteByIdAndLocationCode(UUID id, String locationCode);
}
