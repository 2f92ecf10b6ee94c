package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.HoldSlotUseCase;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import be.loketopmaat.application.port.out.IdempotencyStore;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.appointment.FreeSlot;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The small city of the domain fixtures with every appointment service wired on in-memory
 * out-ports, at 08:00 on Monday 23 November 2026 in Brussels. The hub (weekdays 08:30-16:00) has
 * one identity desk; the neighbourhood counter Groenenhoek (weekdays 13:00-20:00) has one too, and
 * no safe.
 */
final class AppointmentTestKit {
  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  static final LocationCode HUB = new LocationCode("hub");
  static final LocationCode GROENENHOEK = new LocationCode("groenenhoek");
  static final ProductCode EID = new ProductCode("eid-application");
  static final ProductCode ATTEST = new ProductCode("attest-main-residence");
  static final Citizen AN =
      new Citizen(
          NationalNumber.of("85073100328"), "An Peeters", "an@example.be", null, Language.NL);
  static final Citizen BART =
      new Citizen(
          NationalNumber.of("01020300170"), "Bart Janssens", null, "0470 12 34 56", Language.FR);

  final MutableClock clock = new MutableClock(MONDAY.atTime(8, 0));
  final InMemoryProducts products = new InMemoryProducts().with(Fixtures.eid(), Fixtures.attest());
  final InMemoryLocations locations =
      new InMemoryLocations()
          .with(
              Fixtures.hub("hub", Fixtures.NORTH),
              Fixtures.neighbourhoodCounter("groenenhoek", Fixtures.SOUTH),
              Fixtures.kiosk("bib", Fixtures.SOUTH));
  final InMemoryAppointments store = new InMemoryAppointments();
  final BookingRules rules = BookingRules.defaults();

  /**
   * Kept long: the tests move the clock, not the time; the services tell the view of every change.
   */
  final TakenTimeView view = new TakenTimeView(store, Duration.ofHours(1));

  /** The documents on their road, whose pickups are booked here. */
  final InMemoryDocuments documents = new InMemoryDocuments();

  final SlotSearchService search =
      new SlotSearchService(products, locations, view, Fixtures::city, rules, clock, documents);
  final Bookings bookings = bookingsOn(store, store.idempotency);
  final HoldSlotUseCase holds = bookings.holds();
  final BookAppointmentUseCase booking = bookings.bookings();
  final ManageAppointmentUseCase manage = bookings.appointments();
  final CounterRules counterRules = CounterRules.defaults();
  final VisitService visits =
      new VisitService(
          store,
          bookings,
          store,
          rules,
          locations,
          Fixtures::city,
          counterRules,
          store.staffLog,
          clock);
  final CounterQueueService queue =
      new CounterQueueService(
          store,
          store,
          store.tickets,
          store,
          locations,
          products,
          Fixtures::city,
          store,
          counterRules,
          clock);
  final CounterAgendaService agenda =
      new CounterAgendaService(store, store, bookings, store.tickets, locations, store, clock);
  final ReminderService reminders =
      new ReminderService(store, locations, products, store.outbox, store, clock);

  /** The booking core of this kit on other out-ports, for a test that needs them to misbehave. */
  Bookings bookingsOn(InMemoryAppointments ports, IdempotencyStore idempotency) {
    return new Bookings(
        search,
        locations,
        products,
        Fixtures::city,
        ports,
        ports,
        ports,
        idempotency,
        ports.outbox,
        ports,
        rules,
        clock,
        view,
        ports,
        ports.staffLog,
        new ManagementLinks(PUBLIC_URL),
        ORGANIZER_EMAIL);
  }

  static final String PUBLIC_URL = "https://loket.example.be";
  static final String ORGANIZER_EMAIL = "afspraken@loket.example.be";

  /** The slots themselves, without what an answer tells about them. */
  static List<Slot> slots(List<FreeSlot> free) {
    return free.stream().map(FreeSlot::slot).toList();
  }

  static LocalDateTime monday(int hour, int minute) {
    return MONDAY.atTime(hour, minute);
  }

  static List<ProductCode> eid() {
    return List.of(EID);
  }

  /** A clock the tests move, in Brussels. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(LocalDateTime wallTime) {
      set(wallTime);
    }

    void set(LocalDateTime wallTime) {
      now = wallTime.atZone(BRUSSELS).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return BRUSSELS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public String toString() {
      return "MutableClock " + now.atOffset(ZoneOffset.UTC);
    }
  }
}
