package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Walk-in tickets, numbered per location and day. */
public interface TicketRepository {

  /**
   * The next ticket number of the location's day, and a lock on that day's queue until the current
   * transaction ends, so that two desks never call the same ticket and numbers are never given
   * twice.
   */
  int nextNumber(LocationCode location, LocalDate day);

  /** Locks the day's queue of the location until the current transaction ends. */
  void lockQueue(LocationCode location, LocalDate day);

  void insert(Ticket ticket);

  void update(Ticket ticket);

  Optional<Ticket> findById(UUID id);

  /** The day's tickets at the location, by number. */
  List<Ticket> findByLocationAndDay(LocationCode location, LocalDate day);
}
