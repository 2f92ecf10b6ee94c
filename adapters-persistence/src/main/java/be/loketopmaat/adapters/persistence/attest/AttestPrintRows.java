package be.loketopmaat.adapters.persistence.attest;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AttestPrintRows extends GenericRepository<AttestPrintRow, UUID> {

  AttestPrintRow save(AttestPrintRow row);

  Optional<AttestPrintRow> findById(UUID requestId);

  @Query("DELETE FROM attest_print WHERE request_id = :requestId")
  long forget(UUID requestId);
}
