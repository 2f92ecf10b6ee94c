package be.loketopmaat.adapters.persistence.counter;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

/**
 * The counter row of a location's day: created on first use by an insert that does nothing when it
 * exists (PostgreSQL and H2 both wait for a concurrent creator, so it is never created twice nor
 * fails), then locked for the rest of the transaction.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TicketCounterRows
    extends GenericRepository<TicketCounterRows.TicketCounter, TicketCounterRows.Day> {

  @MappedEntity("ticket_counter")
  record TicketCounter(@EmbeddedId Day id, int lastNumber) {}

  @Embeddable
  record Day(
      @MappedProperty("location_code") String locationCode,
      @MappedProperty("ticket_day") LocalDate ticketDay) {}

  @Query(
      "INSERT INTO ticket_counter (location_code, ticket_day, last_number) VALUES (:locationCode, :day, 0) "
          + "ON CONFLICT DO NOTHING")
  void insertIfAbsent(String locationCode, LocalDate day);

  @Query(
      "SELECT last_number FROM ticket_counter WHERE location_code = :locationCode AND ticket_day = :day FOR UPDATE")
  List<Integer> lockLastNumber(String locationCode, LocalDate day);

  @Query(
      "UPDATE ticket_counter SET last_number = :lastNumber WHERE location_code = :locationCode AND ticket_day = :day")
  long updateLastNumber(String locationCode, LocalDate day, int lastNumber);
}
