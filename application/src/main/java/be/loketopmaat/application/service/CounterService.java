package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.CounterUseCase;
import be.loketopmaat.application.port.out.AgendaQueries;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.DeskTimeTakenException;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.TicketRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ConflictException;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The day at the counter, for the staff of a location. */
public final class CounterService implements CounterUseCase {
  private final AppointmentStore appointments;
  private final AgendaQueries agenda;
  private final DeskTimeLedger ledger;
  private final DeskTimeClaims claims;
  private final TakenTimeView view;
  private final TicketRepository tickets;
  private final LocationRepository locations;
  private final ProductRepository products;
  private final CityProfileUseCase city;
  private final Transactions transactions;
  private final BookingRules rules;
  private final Clock clock;

  public CounterService(
      AppointmentStore appointments,
      AgendaQueries agenda,
      DeskTimeLedger ledger,
      Bookings bookings,
      TicketRepository tickets,
      LocationRepository locations,
      ProductRepository products,
      CityProfileUseCase city,
      Transactions transactions,
      BookingRules rules,
      Clock clock) {
    this.claims = bookings.claims();
    this.view = bookings.view();
    this.appointments = appointments;
    this.agenda = agenda;
    this.ledger = ledger;

    this.tickets = tickets;
    this.locations = locations;
    this.products = products;
    this.city = city;
    this.transactions = transactions;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public Appointment checkIn(AppointmentReference reference) {
    return change(reference, a -> a.checkIn(now(), rules.checkInGrace()));
  }

  @Override
  public Appointment complete(AppointmentReference reference) {
    return change(reference, a -> a.complete(now()));
  }

  @Override
  public Appointment markNoShow(AppointmentReference reference) {
    return change(reference, a -> a.markNoShow(now(), rules.checkInGrace()));
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

  @Override
  public DayView dayView(LocationCode code, LocalDate day) {
    Location location = location(code);
    List<Appointment> all = agenda.findByLocationAndDay(code, day);
    List<DeskAgenda> desks =
        location.desks().stream()
            .map(
                desk ->
                    new DeskAgenda(
                        desk.code(),
                        all.stream()
                            .filter(a -> a.desk().equals(desk.code()))
                            .filter(a -> a.status() != AppointmentStatus.CANCELLED)
                            .toList()))
            .toList();
    List<Appointment> checkedIn =
        all.stream().filter(a -> a.status() == AppointmentStatus.CHECKED_IN).toList();
    List<Ticket> waiting =
        tickets.findByLocationAndDay(code, day).stream()
            .filter(t -> t.status() == TicketStatus.WAITING)
            .toList();
    return new DayView(code, day, desks, checkedIn, waiting);
  }

  @Override
  public DeskBlock blockDeskTime(BlockDeskTime command) {
    Location location = location(command.location());
    if (location.desks().stream().noneMatch(d -> d.code().equals(command.desk()))) {
      throw new NotFoundException("desk", command.location() + "/" + command.desk());
    }
    DeskBlock block =
        new DeskBlock(
            UUID.randomUUID(),
            command.location(),
            command.desk(),
            command.start(),
            command.end(),
            command.reason());
    LocalDateTime now = now();
    try {
      transactions.inTransaction(
          () -> {
            if (!claims.claimDesk(
                block.location(), block.desk(), block.start(), block.end(), now)) {
              throw inTheWay();
            }
            ledger.insertBlock(block);
            return block;
          });
    } catch (DeskTimeTakenException e) {
      throw inTheWay();
    }
    view.changed(block.location(), block.start());
    return block;
  }

  private static ConflictException inTheWay() {
    return new ConflictException(
        "desk-time-taken", "an appointment, hold or block is in the way: move it first");
  }

  @Override
  public void unblockDeskTime(LocationCode location, UUID block) {
    if (!ledger.deleteBlock(location, block)) {
      throw new NotFoundException("desk block", block.toString());
    }
    view.changed(
        location); // which day the block was on is not known here; a rare change, a whole location
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

  private Appointment change(
      AppointmentReference reference, java.util.function.UnaryOperator<Appointment> step) {
    Appointment changed =
        transactions.inTransaction(
            () -> {
              Appointment appointment =
                  appointments
                      .findByReferenceForUpdate(reference)
                      .orElseThrow(() -> new NotFoundException("appointment", reference.value()));
              Appointment next = step.apply(appointment);
              appointments.update(next);
              return next;
            });
    view.changed(changed.location(), changed.start()); // a closed visit gives its time back
    return changed;
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
