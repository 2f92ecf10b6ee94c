package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.CounterQueueUseCase;
import be.loketopmaat.application.port.out.AgendaQueries;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.TicketRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.counter.NextCall;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.counter.TicketStatus;
import be.loketopmaat.domain.location.Desk;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The queue at a location's desks: tickets drawn, the next citizen called, tickets closed. */
public final class CounterQueueService implements CounterQueueUseCase {
  private final AppointmentStore appointments;
  private final AgendaQueries agenda;
  private final TicketRepository tickets;
  private final LocationRepository locations;
  private final ProductRepository products;
  private final CityProfileUseCase city;
  private final Transactions transactions;
  private final Clock clock;

  public CounterQueueService(
      AppointmentStore appointments,
      AgendaQueries agenda,
      TicketRepository tickets,
      LocationRepository locations,
      ProductRepository products,
      CityProfileUseCase city,
      Transactions transactions,
      Clock clock) {
    this.appointments = appointments;
    this.agenda = agenda;
    this.tickets = tickets;
    this.locations = locations;
    this.products = products;
    this.city = city;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Optional<Called> callNext(LocationCode code, String deskCode) {
    Location location = location(code);
    Desk desk =
        location.desks().stream()
            .filter(d -> d.code().equals(deskCode))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("desk", code + "/" + deskCode));
    LocalDateTime now = now();
    Map<ProductCode, Product> catalogue =
        products.findAll().stream().collect(Collectors.toMap(Product::code, Function.identity()));
    return transactions.inTransaction(
        () -> {
          // One queue lock per location and day: two desks never call the same citizen.
          tickets.lockQueue(code, now.toLocalDate());
          List<Appointment> today = agenda.findByLocationAndDay(code, now.toLocalDate());
          List<Ticket> waiting = tickets.findByLocationAndDay(code, now.toLocalDate());
          return NextCall.choose(
                  desk.code(),
                  now,
                  today,
                  waiting,
                  ticket -> canServe(desk, catalogue.get(ticket.product())))
              .map(
                  choice -> {
                    if (choice instanceof NextCall.CallAppointment call) {
                      Appointment called = call.appointment().call(now);
                      appointments.update(called);
                      return new Called(called, null);
                    }
                    Ticket called = ((NextCall.CallTicket) choice).ticket().call(desk.code(), now);
                    tickets.update(called);
                    return new Called(null, called);
                  });
        });
  }

  @Override
  public IssuedTicket drawTicket(LocationCode code, ProductCode productCode) {
    Location location = location(code);
    Product product =
        products
            .findByCode(productCode)
            .orElseThrow(() -> new NotFoundException("product", productCode.value()));
    Set<OfferedService> offered = new OfferRules(city.cityProfile()).servicesAt(location, product);
    if (!offered.contains(OfferedService.WALK_IN) && !offered.contains(OfferedService.PICKUP)) {
      throw new InvalidInputException(
          "product",
          location.code() + " does not hand out '" + product.code() + "' without appointment");
    }
    LocalDateTime now = now();
    return transactions.inTransaction(
        () -> {
          int number = tickets.nextNumber(code, now.toLocalDate());
          Ticket ticket = Ticket.draw(code, number, productCode, now);
          tickets.insert(ticket);
          List<Ticket> ahead =
              tickets.findByLocationAndDay(code, now.toLocalDate()).stream()
                  .filter(t -> t.status() == TicketStatus.WAITING && t.number() < number)
                  .toList();
          return new IssuedTicket(
              ticket, ahead.size() + 1, estimatedWait(location, product, ahead.size()));
        });
  }

  @Override
  public Ticket closeTicket(LocationCode location, UUID id, boolean served) {
    LocalDateTime now = now();
    return transactions.inTransaction(
        () -> {
          Ticket ticket =
              tickets
                  .findById(id)
                  .filter(t -> t.location().equals(location))
                  .orElseThrow(() -> new NotFoundException("ticket", id.toString()));
          Ticket closed = ticket.close(served, now);
          tickets.update(closed);
          return closed;
        });
  }

  /**
   * A plain estimate: the walk-ins ahead, times the product's desk time, shared by the desks that
   * can serve it. Appointments come first when due, so the real wait can be longer; the ticket says
   * "about".
   */
  private static Duration estimatedWait(Location location, Product product, int ahead) {
    Duration each =
        product.pickup() != null
            ? product.pickup().deskDuration()
            : product.deskDuration() != null ? product.deskDuration() : Duration.ofMinutes(5);
    long desks = Math.max(1, location.desks().stream().filter(d -> canServe(d, product)).count());
    return each.multipliedBy(ahead).dividedBy(desks);
  }

  private static boolean canServe(Desk desk, Product product) {
    return product != null
        && (desk.can(DeskCapability.PICKUP)
            || desk.can(OfferRules.deskCapabilityFor(product.theme())));
  }

  private Location location(LocationCode code) {
    return locations
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("location", code.value()));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
