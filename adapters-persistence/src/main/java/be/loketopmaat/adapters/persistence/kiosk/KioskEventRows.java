package be.loketopmaat.adapters.persistence.kiosk;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Inserts and reads only: the usage log is append-only. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface KioskEventRows extends GenericRepository<KioskEventRow, Long> {
  KioskEventRow save(KioskEventRow row);

  @Query("SELECT * FROM kiosk_event WHERE kiosk = :kiosk ORDER BY at DESC, id DESC LIMIT :limit")
  List<KioskEventRow> of(UUID kiosk, int limit);

  @Query("SELECT * FROM kiosk_event WHERE at >= :from AND at < :until ORDER BY at, id")
  List<KioskEventRow> between(LocalDateTime from, LocalDateTime until);
}
