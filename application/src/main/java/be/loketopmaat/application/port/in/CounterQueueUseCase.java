package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The queue at a location's desks: walk-in tickets, and calling the next citizen, booked or not.
 */
public interface CounterQueueUseCase {

  /** The next citizen for this desk, by the rule of {@code NextCall}; empty when nobody waits. */
  Optional<Called> callNext(LocationCode location, String desk);

  /** A walk-in ticket for a product this location hands out without appointment. */
  IssuedTicket drawTicket(LocationCode location, ProductCode product);

  Ticket closeTicket(LocationCode location, UUID ticket, boolean served);

  /** Exactly one of the two is set. */
  record Called(Appointment appointment, Ticket ticket) {}

  record IssuedTicket(Ticket ticket, int position, Duration estimatedWait) {}
}
