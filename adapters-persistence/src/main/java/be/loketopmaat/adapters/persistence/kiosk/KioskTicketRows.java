package be.loketopmaat.adapters.persistence.kiosk;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface KioskTicketRows extends GenericRepository<KioskTicketRow, UUID> {
  KioskTicketRow save(KioskTicketRow row);

  /** Printed: allowed while nothing or a failure was reported. */
  @Query(
      "UPDATE kiosk_ticket SET slip = 'PRINTED', reported_at = :at WHERE ticket = :ticket"
          + " AND kiosk = :kiosk AND (slip IS NULL OR slip = 'FAILED')")
  long printed(UUID ticket, UUID kiosk, LocalDateTime at);

  /** Failed: allowed once, before anything was reported. */
  @Query(
      "UPDATE kiosk_ticket SET slip = 'FAILED', reported_at = :at WHERE ticket = :ticket"
          + " AND kiosk = :kiosk AND slip IS NULL")
  long failed(UUID ticket, UUID kiosk, LocalDateTime at);
}
