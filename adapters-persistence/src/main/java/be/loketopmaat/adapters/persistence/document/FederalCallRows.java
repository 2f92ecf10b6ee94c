package be.loketopmaat.adapters.persistence.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface FederalCallRows extends GenericRepository<FederalCallRow, Long> {

  @Query(
      """
      INSERT INTO federal_call (call_kind, subject, status, attempts, created_at, next_attempt_at)
      VALUES (:callKind, :subject, 'QUEUED', 0, :now, :now)
      ON CONFLICT DO NOTHING""")
  long insertIfAbsent(String callKind, UUID subject, LocalDateTime now);

  /** The due calls, oldest first, locked; rows another worker has locked are skipped. */
  @Query(
      """
      SELECT * FROM federal_call
      WHERE status = 'QUEUED' AND next_attempt_at <= :now
      ORDER BY next_attempt_at, id
      LIMIT :limit
      FOR UPDATE SKIP LOCKED""")
  List<FederalCallRow> lockDue(LocalDateTime now, int limit);

  @Query("UPDATE federal_call SET next_attempt_at = :leaseUntil WHERE id IN (:ids)")
  long lease(List<Long> ids, LocalDateTime leaseUntil);

  @Query(
      """
      UPDATE federal_call SET status = :status, attempts = :attempts,
          next_attempt_at = :nextAttemptAt, last_error = :error
      WHERE id = :id""")
  long mark(
      long id,
      String status,
      int attempts,
      @Nullable LocalDateTime nextAttemptAt,
      @Nullable String error);

  @Query("SELECT COUNT(*) FROM federal_call WHERE status = :status")
  long countByStatus(String status);

  @Query("SELECT * FROM federal_call WHERE status = :status ORDER BY id LIMIT :limit")
  List<FederalCallRow> listByStatus(String status, int limit);

  @Query(
      """
      UPDATE federal_call SET status = 'QUEUED', attempts = 0, next_attempt_at = :now
      WHERE id = :id AND status = 'FAILED'""")
  long requeueFailed(long id, LocalDateTime now);
}
