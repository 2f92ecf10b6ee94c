package be.loketopmaat.adapters.persistence.homevisit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface HomeVisitRows extends GenericRepository<HomeVisitRow, UUID> {

  HomeVisitRow save(HomeVisitRow row);

  Optional<HomeVisitRow> findById(UUID id);

  /** The new state, only over the state it was read in. */
  @Query(
      """
      UPDATE home_visit SET state = :state, document_order_id = :documentOrderId,
          ended_at = :endedAt, end_reason = :endReason
      WHERE id = :id AND state = :expected""")
  long updateFrom(
      UUID id,
      String expected,
      String state,
      @Nullable UUID documentOrderId,
      @Nullable LocalDateTime endedAt,
      @Nullable String endReason);

  @Query("SELECT * FROM home_visit WHERE team = :team AND visit_day = :day ORDER BY start_time, id")
  List<HomeVisitRow> onDay(String team, LocalDate day);

  @Query("SELECT * FROM home_visit WHERE document_order_id = :order ORDER BY planned_at, id")
  List<HomeVisitRow> forDocument(UUID order);
}
