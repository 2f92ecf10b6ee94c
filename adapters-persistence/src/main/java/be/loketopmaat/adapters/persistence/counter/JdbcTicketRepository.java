package be.loketopmaat.adapters.persistence.counter;

import be.loketopmaat.adapters.persistence.jdbc.SqlStates;
import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.out.TicketRepository;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Walk-in tickets in {@code ticket}, numbered from a counter row per location and day in {@code
 * ticket_counter}. That row is also the day's queue lock: drawing a number and calling the next
 * citizen both hold it until their transaction ends, so numbers are never given twice nor skipped,
 * and two desks never call the same ticket.
 */
@Singleton
@Transactional
public class JdbcTicketRepository implements TicketRepository {
  private final TicketRows tickets;
  private final TicketCounterRows counters;
  private final TicketRowMapper mapper;

  JdbcTicketRepository(TicketRows tickets, TicketCounterRows counters, TicketRowMapper mapper) {
    this.tickets = tickets;
    this.counters = counters;
    this.mapper = mapper;
  }

  @Override
  public int nextNumber(LocationCode location, LocalDate day) {
    int next = lockCounter(location, day) + 1;
    counters.updateLastNumber(location.value(), day, next);
    return next;
  }

  // A lock outside a transaction would be released at once: mandatory makes that mistake fail
  // loudly.
  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockQueue(LocationCode location, LocalDate day) {
    lockCounter(location, day);
  }

  @Override
  public void insert(Ticket ticket) {
    try {
      tickets.save(mapper.toRow(ticket));
    } catch (DataAccessException e) {
      if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new AlreadyExistsException(
            "ticket", ticket.location() + "/" + ticket.day() + "/" + ticket.number());
      }
      throw e;
    }
  }

  @Override
  public void update(Ticket ticket) {
    if (tickets.update(
            ticket.id(),
            ticket.status().name(),
            ticket.desk(),
            ticket.calledAt(),
            ticket.closedAt())
        == 0) {
      throw new NotFoundException("ticket", ticket.id().toString());
    }
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Ticket> findById(UUID id) {
    return tickets.findById(id).map(mapper::toTicket);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Ticket> findByLocationAndDay(LocationCode location, LocalDate day) {
    return tickets.findByLocationCodeAndTicketDayOrderByNumber(location.value(), day).stream()
        .map(mapper::toTicket)
        .toList();
  }

  /** Locks the day's counter row, creating it first if needed; the last number given that day. */
  private int lockCounter(LocationCode location, LocalDate day) {
    counters.insertIfAbsent(location.value(), day);
    return counters.lockLastNumber(location.value(), day).get(0);
  }
}
