package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface HoldRows extends GenericRepository<HoldRow, UUID> {

  HoldRow save(HoldRow row);

  Optional<HoldRow> findById(UUID id);

  /** The number of rows deleted: 0 when there is no hold with that id. */
  long deleteById(UUID id);

  /**
   * Gives the desk's time back from holds that expired at {@code now}; the number of holds
   * released.
   */
  @Query(
      """
      UPDATE desk_time SET active = FALSE
      WHERE kind = 'HOLD' AND active AND location_code = :locationCode AND desk = :desk AND expires_at <= :now""")
  long deactivateExpired(String locationCode, String desk, LocalDateTime now);

  /** Forgets the desk's holds that expired before {@code before}. */
  @Query(
      """
      DELETE FROM desk_time
      WHERE kind = 'HOLD' AND NOT active AND location_code = :locationCode AND desk = :desk AND expires_at < :before""")
  long deleteExpiredBefore(String locationCode, String desk, LocalDateTime before);
}
