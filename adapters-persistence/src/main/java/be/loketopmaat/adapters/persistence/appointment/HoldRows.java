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

  /**
   * Forgets the holds that ended before {@code before}, expired or given up; also those still
   * active because nothing has claimed their desk since (their time is free already: an expired
   * hold counts for nothing).
   */
  @Query(
      """
      DELETE FROM desk_time
      WHERE kind = 'HOLD' AND expires_at < :before""")
  long deleteEndedBefore(LocalDateTime before);

  /** Ends a live hold now: its time is given back and it reads as expired; 0 when none was live. */
  @Query(
      """
      UPDATE desk_time SET active = FALSE, expires_at = :now
      WHERE kind = 'HOLD' AND id = :id AND active AND expires_at > :now""")
  long release(UUID id, LocalDateTime now);

  @Query(
      """
      SELECT COUNT(*) FROM desk_time
      WHERE kind = 'HOLD' AND holder = :holder AND active AND expires_at > :now""")
  long countLive(String holder, LocalDateTime now);

  /** Open appointments and live holds to pick up the document of this order. */
  @Query(
      """
      SELECT COUNT(*) FROM desk_time
      WHERE pickup_of = :document AND active AND (kind = 'APPOINTMENT' OR (kind = 'HOLD' AND expires_at > :now))""")
  long countPickups(UUID document, LocalDateTime now);

  @Query(
      """
      SELECT COUNT(*) FROM desk_time
      WHERE kind = 'HOLD' AND holder = :holder AND location_code = :locationCode AND start_at = :startAt
        AND expires_at >= :since AND expires_at <= :now""")
  long countEndedBetween(
      String holder,
      String locationCode,
      LocalDateTime startAt,
      LocalDateTime since,
      LocalDateTime now);
}
