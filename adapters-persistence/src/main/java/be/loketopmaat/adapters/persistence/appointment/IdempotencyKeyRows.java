package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdempotencyKeyRows extends GenericRepository<IdempotencyKeyRow, IdempotencyKeyRow.Key> {

  IdempotencyKeyRow save(IdempotencyKeyRow row);

  Optional<IdempotencyKeyRow> findById(IdempotencyKeyRow.Key id);

  /** The number of rows changed: 0 when the key was never claimed. */
  @Query(
      "UPDATE idempotency_key SET reference = :reference, management_code = :managementCode "
          + "WHERE client = :client AND idempotency_key = :idempotencyKey")
  long complete(String client, String idempotencyKey, String reference, String managementCode);

  @Query("DELETE FROM idempotency_key WHERE claimed_at < :cutoff")
  long deleteClaimedBefore(LocalDateTime cutoff);
}
