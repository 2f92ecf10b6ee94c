package be.loketopmaat.adapters.persistence.parking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ParkingDecisionRows extends GenericRepository<ParkingDecisionRow, Long> {

  /** The decision, unless one for the permit and period exists (parking_decision_once): then 0. */
  @Query(
      """
      INSERT INTO parking_decision (permit_id, period_end, outcome, reason, renewed_until, run_date,
          decided_by, decided_at)
      VALUES (:permitId, :periodEnd, :outcome, :reason, :renewedUntil, :runDate, :decidedBy,
          :decidedAt)
      ON CONFLICT DO NOTHING""")
  long insertIfAbsent(
      UUID permitId,
      LocalDate periodEnd,
      String outcome,
      @Nullable String reason,
      @Nullable LocalDate renewedUntil,
      LocalDate runDate,
      String decidedBy,
      LocalDateTime decidedAt);

  @Query("SELECT * FROM parking_decision WHERE run_date = :runDate ORDER BY id LIMIT :limit")
  List<ParkingDecisionRow> of(LocalDate runDate, int limit);

  @Query(
      """
      SELECT * FROM parking_decision WHERE run_date = :runDate AND outcome = :outcome
      ORDER BY id LIMIT :limit""")
  List<ParkingDecisionRow> of(LocalDate runDate, String outcome, int limit);
}
