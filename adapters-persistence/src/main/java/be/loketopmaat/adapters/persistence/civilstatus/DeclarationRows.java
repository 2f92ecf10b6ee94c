package be.loketopmaat.adapters.persistence.civilstatus;

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
interface DeclarationRows extends GenericRepository<DeclarationRow, UUID> {

  DeclarationRow save(DeclarationRow row);

  Optional<DeclarationRow> findById(UUID id);

  /** The new state and what came with it, only over the state it was read in. */
  @Query(
      """
      UPDATE civil_status_declaration SET state = :state, changed_at = :changedAt,
          draft_id = :draftId, act_number = :actNumber, signed_by = :signedBy,
          mailbox_message_id = :mailboxMessageId, reason = :reason, detail = :detail,
          handled_by = :handledBy
      WHERE id = :id AND state = :expected""")
  long updateFrom(
      UUID id,
      String expected,
      String state,
      LocalDateTime changedAt,
      @Nullable String draftId,
      @Nullable String actNumber,
      @Nullable String signedBy,
      @Nullable String mailboxMessageId,
      @Nullable String reason,
      @Nullable String detail,
      @Nullable String handledBy);

  @Query(
      """
      SELECT * FROM civil_status_declaration WHERE state = :state
      ORDER BY changed_at, id LIMIT :limit""")
  List<DeclarationRow> inState(String state, int limit);

  @Query(
      """
      DELETE FROM civil_status_declaration
      WHERE state IN ('EXTRACT_DELIVERED', 'REFERRED', 'REJECTED', 'FAILED') AND changed_at < :before""")
  long forgetEndedBefore(LocalDateTime before);
}
