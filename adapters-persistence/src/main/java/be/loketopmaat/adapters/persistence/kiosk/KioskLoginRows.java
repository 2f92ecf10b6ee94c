package be.loketopmaat.adapters.persistence.kiosk;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface KioskLoginRows extends GenericRepository<KioskLoginRow, String> {
  KioskLoginRow save(KioskLoginRow row);

  Optional<KioskLoginRow> findById(String tokenHash);

  @Query("UPDATE kiosk_login SET ended = TRUE WHERE token_hash = :tokenHash AND ended = FALSE")
  long end(String tokenHash);
}
