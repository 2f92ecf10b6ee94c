package be.loketopmaat.adapters.persistence.counter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TicketRows extends GenericRepository<TicketRow, UUID> {

  TicketRow save(TicketRow row);

  /** What calling and closing a ticket change; the number of rows changed (0: no such ticket). */
  long update(
      @Id UUID id,
      String status,
      @Nullable String desk,
      @Nullable LocalDateTime calledAt,
      @Nullable LocalDateTime closedAt);

  Optional<TicketRow> findById(UUID id);

  List<TicketRow> findByLocationCodeAndTicketDayOrderByNumber(
      String locationCode, LocalDate ticketDay);
}
