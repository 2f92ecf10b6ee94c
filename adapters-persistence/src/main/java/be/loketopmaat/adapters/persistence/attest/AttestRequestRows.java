package be.loketopmaat.adapters.persistence.attest;

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
interface AttestRequestRows extends GenericRepository<AttestRequestRow, UUID> {

  AttestRequestRow save(AttestRequestRow row);

  Optional<AttestRequestRow> findById(UUID id);

  /** The new state, only over the state it was read in. */
  @Query(
      """
      UPDATE attest_request SET state = :state, changed_at = :changedAt,
          mailbox_message_id = :mailboxMessageId, reason = :reason, detail = :detail,
          handled_by = :handledBy, note = :note
      WHERE id = :id AND state = :expected""")
  long updateFrom(
      UUID id,
      String expected,
      String state,
      LocalDateTime changedAt,
      @Nullable String mailboxMessageId,
      @Nullable String reason,
      @Nullable String detail,
      @Nullable String handledBy,
      @Nullable String note);

  @Query(
      """
      SELECT * FROM attest_request WHERE state = :state ORDER BY changed_at, id LIMIT :limit""")
  List<AttestRequestRow> inState(String state, int limit);

  @Query(
      """
      DELETE FROM attest_request WHERE state IN ('DELIVERED', 'PRINTED', 'RESOLVED')
          AND changed_at < :before""")
  long forgetEndedBefore(LocalDateTime before);
}
