package be.loketopmaat.adapters.persistence.document;

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
interface DocumentOrderRows extends GenericRepository<DocumentOrderRow, UUID> {

  DocumentOrderRow save(DocumentOrderRow row);

  Optional<DocumentOrderRow> findById(UUID id);

  /** The same, with the row locked until the transaction ends (SELECT ... FOR UPDATE). */
  Optional<DocumentOrderRow> findByIdForUpdate(UUID id);

  @Query("SELECT * FROM document_order WHERE kind = :kind AND production_number = :number")
  Optional<DocumentOrderRow> findByNumber(String kind, String number);

  /** The new state, only over the state it was read in. */
  @Query(
      """
      UPDATE document_order SET state = :state, production_number = :productionNumber,
          arrived_at = :arrivedAt, ended_at = :endedAt, end_reason = :endReason
      WHERE id = :id AND state = :expected""")
  long updateFrom(
      UUID id,
      String expected,
      String state,
      @Nullable String productionNumber,
      @Nullable LocalDateTime arrivedAt,
      @Nullable LocalDateTime endedAt,
      @Nullable String endReason);

  @Query(
      """
      SELECT * FROM document_order WHERE pickup_at = :location AND state = :state
      ORDER BY arrived_at, recorded_at, id LIMIT :limit""")
  List<DocumentOrderRow> at(String location, String state, int limit);

  @Query(
      """
      SELECT * FROM document_order WHERE citizen_insz = :insz
          AND state NOT IN ('HANDED_OVER', 'REFUSED', 'CANCELLED', 'RETURNED')
      ORDER BY recorded_at, id""")
  List<DocumentOrderRow> openOf(String insz);

  @Query(
      """
      SELECT * FROM document_order WHERE state = 'ARRIVED' AND arrived_at < :arrivedBefore
      ORDER BY arrived_at, id LIMIT :limit""")
  List<DocumentOrderRow> arrivedBefore(LocalDateTime arrivedBefore, int limit);
}
