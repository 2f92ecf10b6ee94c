package be.loketopmaat.adapters.persistence.kiosk;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface KioskChallengeRows extends GenericRepository<KioskChallengeRow, UUID> {
  KioskChallengeRow save(KioskChallengeRow row);

  @Query("SELECT * FROM kiosk_challenge WHERE id = :id AND kiosk = :kiosk")
  Optional<KioskChallengeRow> find(UUID id, UUID kiosk);

  /** 1 for the one caller that took it, 0 for any other. */
  @Query("DELETE FROM kiosk_challenge WHERE id = :id AND kiosk = :kiosk")
  long take(UUID id, UUID kiosk);

  @Query("DELETE FROM kiosk_challenge WHERE expires < :before")
  long sweep(LocalDateTime before);
}
