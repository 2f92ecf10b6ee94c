package be.loketopmaat.adapters.persistence.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxDeliveryRows extends GenericRepository<OutboxDeliveryRow, Long> {

  /**
   * The due messages, oldest first, locked for this transaction; rows another sender has locked are
   * skipped rather than waited for, so concurrent senders take disjoint batches.
   */
  @Query(
      """
      SELECT * FROM outbox_message
      WHERE status = 'QUEUED' AND next_attempt_at <= :now
      ORDER BY next_attempt_at, id
      LIMIT :limit
      FOR UPDATE SKIP LOCKED""")
  List<OutboxDeliveryRow> lockDue(LocalDateTime now, int limit);

  @Query("UPDATE outbox_message SET next_attempt_at = :leaseUntil WHERE id IN (:ids)")
  long lease(List<Long> ids, LocalDateTime leaseUntil);

  @Query(
      """
      UPDATE outbox_message SET status = 'SENT', attempts = :attempts, sent_at = :at,
          next_attempt_at = NULL
      WHERE id = :id""")
  long markSent(long id, int attempts, LocalDateTime at);

  @Query(
      """
      UPDATE outbox_message SET status = 'QUEUED', attempts = :attempts,
          next_attempt_at = :nextAttemptAt, last_error = :error
      WHERE id = :id""")
  long markRetry(long id, int attempts, LocalDateTime nextAttemptAt, @Nullable String error);

  @Query(
      """
      UPDATE outbox_message SET status = 'FAILED', attempts = :attempts, next_attempt_at = NULL,
          last_error = :error
      WHERE id = :id""")
  long markDead(long id, int attempts, @Nullable String error);

  @Query(
      """
      SELECT * FROM outbox_message WHERE status = :status ORDER BY id DESC LIMIT :limit""")
  List<OutboxDeliveryRow> listByStatus(String status, int limit);

  @Query("SELECT * FROM outbox_message WHERE id = :id")
  Optional<OutboxDeliveryRow> findById(long id);

  @Query(
      """
      UPDATE outbox_message SET status = 'QUEUED', attempts = 0, next_attempt_at = :now
      WHERE id = :id AND status = 'FAILED'""")
  long requeueDead(long id, LocalDateTime now);
}
