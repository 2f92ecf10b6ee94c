package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.CounterQueueUseCase;
import be.loketopmaat.application.port.out.AgendaQueries;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.TakenTimeSource;
import be.loketopmaat.application.port.out.TicketRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Phrase;
import be.loketopmaat.domain.counter.CounterHours;
import be.loketopmaat.domain.counter.NextCall;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.counter.TicketPurpose;
import be.loketopmaat.domain.counter.TicketStatus;
import be.loketopmaat.domain.counter.WalkInCapacity;
import be.loketopmaat.domain.location.Desk;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
  /** A product without desk minutes of its own is taken to need this long. */
  static final Duration UNKNOWN_SERVICE_TIME = Duration.ofMinutes(5);

  private final AppointmentStore appointments;
  private final AgendaQueries agenda;
  private final TicketRepository tickets;
  private final TakenTimeSource taken;
  private final ProductRepository products;
  private final CityProfileUseCase city;
  private final Transactions transactions;
  private final CounterRules rules;
  private final CounterDays days;
  private final Clock clock;

  public CounterQueueService(
      AppointmentStore appointments,
      AgendaQueries agenda,
      TicketRepository tickets,
      TakenTimeSource taken,
      LocationRepository locations,
      ProductRepository products,
      CityProfileUseCase city,
      Transactions transactions,
      CounterRules rules,
      Clock clock) {
    this.appointments = appointments;
    this.agenda = agenda;
    this.tickets = tickets;
    this.taken = taken;
    this.products = products;
    this.city = city;
    this.transactions = transactions;
    this.rules = rules;
    this.days = new CounterDays(locations, city, rules);
    this.clock = clock;
  }

  @Override
  public Optional<Called> callNext(LocationCode code, String deskCode) {
    Location location = days.location(code);
    Desk desk =
        location.desks().stream()
            .filter(d -> d.code().equals(deskCode))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("desk", code + "/" + deskCode));
    LocalDateTime now = now();
    days.hours(location, now.toLocalDate())
        .requireWorkingAt(now, Phrase.of("calling the next citizen"));
    Map<ProductCode, Product> catalogue = catalogue();
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
                  ticket -> canServe(desk, ticket.purpose(), catalogue.get(ticket.product())))
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
  public IssuedTicket drawTicket(TicketRequest request) {
    LocationCode code = request.location();
    Location location = days.location(code);
    Product product =
        products
            .findByCode(request.product())
            .orElseThrow(() -> new NotFoundException("product", request.product().value()));
    TicketPurpose purpose = purpose(location, product, request.purpose());
    LocalDateTime now = now();
    LocalDate day = now.toLocalDate();
    CounterHours hours = days.hours(location, day);
    hours.requireWorkingAt(now, Phrase.of("a walk-in ticket"));
    List<Desk> desks =
        location.desks().stream().filter(d -> canServe(d, purpose, product)).toList();
    Map<ProductCode, Product> catalogue = catalogue();
    return transactions.inTransaction(
        () -> {
          // Under the queue's lock: the limit per client and the day's room are counted once.
          tickets.lockQueue(code, day);
          List<Ticket> today = tickets.findByLocationAndDay(code, day);
          if (request.client() != null
              && today.stream()
                      .filter(
                          t ->
                              t.status() == TicketStatus.WAITING
                                  && request.client().equals(t.client()))
                      .count()
                  >= rules.maxWaitingTicketsPerClient()) {
            throw new ConflictException(
                "too-many-tickets",
                "one client may have {0} tickets waiting at a location; wait for your turn first",
                rules.maxWaitingTicketsPerClient());
          }
          List<Ticket> ahead =
              today.stream()
                  .filter(t -> t.status() == TicketStatus.WAITING)
                  .filter(
                      t ->
                          desks.stream()
                              .anyMatch(d -> canServe(d, t.purpose(), catalogue.get(t.product()))))
                  .toList();
          Duration queued =
              ahead.stream()
                  .map(t -> serviceTime(catalogue.get(t.product()), t.purpose(), today))
                  .reduce(Duration.ZERO, Duration::plus);
          Duration needed = serviceTime(product, purpose, today);
          WalkInCapacity.requireRoom(freeTime(location, desks, hours, now), queued, needed);
          int number = tickets.nextNumber(code, day);
          Ticket ticket = Ticket.draw(code, number, product.code(), purpose, request.client(), now);
          tickets.insert(ticket);
          return new IssuedTicket(
              ticket, ahead.size() + 1, WalkInCapacity.estimatedWait(queued, desks.size()));
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
   * What the ticket is for: the one asked, or else the one the location offers without appointment
   * for the product. A pickup that the product wants by appointment (Antwerp's identity documents)
   * has no ticket.
   */
  private TicketPurpose purpose(Location location, Product product, TicketPurpose asked) {
    Set<OfferedService> offered = new OfferRules(city.cityProfile()).servicesAt(location, product);
    boolean walkIn = offered.contains(OfferedService.WALK_IN);
    boolean pickup =
        offered.contains(OfferedService.PICKUP) && !product.pickup().appointmentRequired();
    TicketPurpose purpose =
        asked != null
            ? asked
            : walkIn ? TicketPurpose.WALK_IN : pickup ? TicketPurpose.PICKUP : null;
    if (purpose == TicketPurpose.WALK_IN && walkIn || purpose == TicketPurpose.PICKUP && pickup) {
      return purpose;
    }
    boolean byAppointment =
        offered.contains(OfferedService.APPOINTMENT) || offered.contains(OfferedService.PICKUP);
    throw new InvalidInputException(
        asked != null ? "purpose" : "product",
        byAppointment
            ? Phrase.of("{0} serves '{1}' by appointment only", location.code(), product.code())
            : asked != null
                ? Phrase.of(
                    "{0} does not hand out '{1}' as {2}", location.code(), product.code(), asked)
                : Phrase.of(
                    "{0} does not hand out '{1}' without appointment",
                    location.code(), product.code()));
  }

  /** The free time left today on these desks: open time ahead, less what is taken. */
  private Duration freeTime(
      Location location, List<Desk> desks, CounterHours hours, LocalDateTime now) {
    LocalDateTime endOfDay = now.toLocalDate().plusDays(1).atStartOfDay();
    List<DeskTime> takenToday = taken.takenTime(Set.of(location.code()), now, endOfDay, now);
    return desks.stream()
        .map(d -> WalkInCapacity.freeTime(hours.ahead(now), d.code(), takenToday, now))
        .reduce(Duration.ZERO, Duration::plus);
  }

  private static Duration serviceTime(Product product, TicketPurpose purpose, List<Ticket> today) {
    return WalkInCapacity.serviceTime(product.code(), today, nominal(product, purpose));
  }

  private static Duration nominal(Product product, TicketPurpose purpose) {
    if (purpose == TicketPurpose.PICKUP && product.pickup() != null) {
      return product.pickup().deskDuration();
    }
    return product.deskDuration() != null ? product.deskDuration() : UNKNOWN_SERVICE_TIME;
  }

  /**
   * A pickup needs a desk that handles pickups; a walk-in service a desk of its theme, or a pickup
   * desk (which the offer rules also count for walk-ins).
   */
  private static boolean canServe(Desk desk, TicketPurpose purpose, Product product) {
    if (product == null) {
      return false;
    }
    if (purpose == TicketPurpose.PICKUP) {
      return desk.can(DeskCapability.PICKUP);
    }
    return desk.can(DeskCapability.PICKUP)
        || desk.can(OfferRules.deskCapabilityFor(product.theme()));
  }

  private Map<ProductCode, Product> catalogue() {
    return products.findAll().stream()
        .collect(Collectors.toMap(Product::code, Function.identity()));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
