package be.loketopmaat.adapters.persistence.kiosk;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface KioskAttestRows extends GenericRepository<KioskAttestRow, String> {
  KioskAttestRow save(KioskAttestRow row);

  Optional<KioskAttestRow> findById(String code);

  @Query(
      "UPDATE kiosk_attest SET printed = TRUE WHERE code = :code AND kiosk = :kiosk"
          + " AND printed = FALSE")
  long markPrinted(String code, UUID kiosk);

  @Query("DELETE FROM kiosk_attest WHERE code = :code AND kiosk = :kiosk AND printed = FALSE")
  long removePending(String code, UUID kiosk);
}
