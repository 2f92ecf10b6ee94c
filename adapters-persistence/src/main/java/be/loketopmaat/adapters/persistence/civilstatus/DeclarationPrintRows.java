package be.loketopmaat.adapters.persistence.civilstatus;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DeclarationPrintRows extends GenericRepository<DeclarationPrintRow, UUID> {

  DeclarationPrintRow save(DeclarationPrintRow row);

  Optional<DeclarationPrintRow> findById(UUID declarationId);

  @Query("DELETE FROM civil_status_print WHERE declaration_id = :declarationId")
  long forget(UUID declarationId);
}
