package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.counter.TicketPurpose;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The queue at a location's desks: walk-in tickets, and calling the next citizen, booked or not.
 */
public interface CounterQueueUseCase {

  /**
   * The next citizen for this desk, by the rule of {@code NextCall}, among those it can serve;
   * empty when nobody waits. Only while the counter works.
   */
  Optional<Called> callNext(LocationCode location, String desk);

  /**
   * A walk-in ticket for a product this location hands out without appointment, while the counter
   * works, within the client's limit and the day's remaining capacity.
   */
  IssuedTicket drawTicket(TicketRequest request);

  Ticket closeTicket(LocationCode location, UUID ticket, boolean served);

  /**
   * A ticket to draw. {@code purpose} may be null: the one the location offers for the product.
   * {@code client} is null when staff or a kiosk draw it for the citizen; a client's waiting
   * tickets are limited. Valid once built.
   */
  record TicketRequest(
      LocationCode location, ProductCode product, TicketPurpose purpose, ClientId client) {
    public TicketRequest {
      new Violations()
          .requireNonNull(location, "location")
          .requireNonNull(product, "product")
          .throwIfAny();
    }
  }

  /** Exactly one of the two is set. */
  record Called(Appointment appointment, Ticket ticket) {}

  record IssuedTicket(Ticket ticket, int position, Duration estimatedWait) {}
}
