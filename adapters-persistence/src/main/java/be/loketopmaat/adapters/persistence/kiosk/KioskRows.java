package be.loketopmaat.adapters.persistence.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface KioskRows extends GenericRepository<KioskRow, UUID> {
  KioskRow save(KioskRow row);

  Optional<KioskRow> findById(UUID id);

  @Query("SELECT * FROM kiosk ORDER BY location, name, id")
  List<KioskRow> all();

  @Query(
      "UPDATE kiosk SET enabled = :enabled, status = :status, last_seen = :lastSeen WHERE id = :id")
  long updateState(UUID id, boolean enabled, String status, @Nullable LocalDateTime lastSeen);
}
