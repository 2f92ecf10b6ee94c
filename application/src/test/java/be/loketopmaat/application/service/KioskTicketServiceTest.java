package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.KioskRefusedException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CounterQueueUseCase;
import be.loketopmaat.application.port.in.KioskTicketsUseCase.KioskTicket;
import be.loketopmaat.application.port.in.KioskUseCase.Credential;
import be.loketopmaat.application.port.in.ManageKiosksUseCase.Registered;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.counter.TicketStatus;
import be.loketopmaat.domain.kiosk.KioskEvent;
import be.loketopmaat.domain.kiosk.KioskEventKind;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tickets printed at kiosks, through the counter's real queue on in-memory out-ports: a kiosk in
 * the hall of the hub prints the hub's tickets, the slip printed or not; a kiosk at a library
 * prints none, and nothing changes.
 */
class KioskTicketServiceTest {
  private static final StaffMember STAFF = new StaffMember("s1", "Staff One");
  private static final LocationCode HALL = new LocationCode("hall");
  private static final ProductCode EID = AppointmentTestKit.EID;

  private final AppointmentTestKit kit = new AppointmentTestKit();
  private final InMemoryKiosks kiosks = new InMemoryKiosks();
  private final KioskAdminService admin;
  private final KioskTicketService service;

  KioskTicketServiceTest() {
    kit.locations.with(hall());
    kit.clock.set(AppointmentTestKit.MONDAY.atTime(10, 0));
    admin =
        new KioskAdminService(kiosks, kiosks, kit.locations, Duration.ofMinutes(2), 2, kit.clock);
    service =
        new KioskTicketService(
            kiosks,
            kiosks,
            kit.locations,
            kit.products,
            kit.store.tickets,
            Fixtures::city,
            kit.queue,
            kit.store,
            kit.clock);
  }

  @Test
  void aKioskInTheHubsHallPrintsItsTicketsAndReportsEachSlipOnce() {
    Credential kiosk = registered(HALL);

    assertThat(service.ticketProducts(kiosk))
        .extracting(p -> p.code().value())
        .containsExactly(EID.value());
    KioskTicket ticket = service.draw(kiosk, EID);

    assertThat(ticket.issued().ticket().number()).isEqualTo(1);
    assertThat(ticket.location().code()).isEqualTo(HALL);
    assertThat(ticket.product().code()).isEqualTo(EID);
    assertThat(waiting()).hasSize(1);
    service.slipPrinted(kiosk, ticket.issued().ticket().id(), true, null);
    assertThat(last().kind()).isEqualTo(KioskEventKind.TICKET_PRINTED);
    assertThat(last().detail()).isEqualTo("ticket 1 eid-application");
    assertThat(last().pseudonym()).isNull();
    assertThatThrownBy(() -> service.slipPrinted(kiosk, ticket.issued().ticket().id(), true, null))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.slipPrinted(kiosk, UUID.randomUUID(), true, null))
        .isInstanceOf(NotFoundException.class);
    Credential other = registered(HALL);
    KioskTicket second = service.draw(kiosk, EID);
    assertThatThrownBy(() -> service.slipPrinted(other, second.issued().ticket().id(), true, null))
        .as("another kiosk's ticket")
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aSlipThatDidNotPrintLeavesTheTicketInTheQueueAndAFaultInTheLog() {
    Credential kiosk = registered(HALL);
    KioskTicket ticket = service.draw(kiosk, EID);
    UUID id = ticket.issued().ticket().id();

    service.slipPrinted(kiosk, id, false, "OUT_OF_PAPER");

    assertThat(last().kind()).isEqualTo(KioskEventKind.FAULT);
    assertThat(last().detail()).isEqualTo("ticket 1 eid-application not printed: OUT_OF_PAPER");
    assertThat(waiting()).extracting(t -> t.id()).containsExactly(id);
    assertThatThrownBy(() -> service.slipPrinted(kiosk, id, false, "JAMMED"))
        .as("reported failed once")
        .isInstanceOf(NotFoundException.class);
    CounterQueueUseCase.Called called = kit.queue.callNext(HALL, "desk-1").orElseThrow();
    assertThat(called.ticket().id()).isEqualTo(id);
    service.slipPrinted(kiosk, id, true, null);
    assertThat(last().kind()).as("printed again").isEqualTo(KioskEventKind.TICKET_PRINTED);
  }

  @Test
  void aKioskAtALibraryPrintsNoTicketsAndBadInputChangesNothing() {
    Credential library = registered(new LocationCode("bib"));

    assertThat(service.ticketProducts(library)).isEmpty();
    assertThatThrownBy(() -> service.draw(library, EID))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("kiosk-without-queue"));
    assertThat(kit.store.tickets.findByLocationAndDay(new LocationCode("bib"), today())).isEmpty();

    Credential hall = registered(HALL);
    assertThatThrownBy(() -> service.draw(hall, new ProductCode("no-such-product")))
        .isInstanceOf(NotFoundException.class);
    assertThat(waiting()).isEmpty();
    assertThatThrownBy(() -> service.draw(new Credential(hall.kiosk(), "not the secret"), EID))
        .isInstanceOf(KioskRefusedException.class);
    assertThatThrownBy(() -> service.ticketProducts(null))
        .isInstanceOf(KioskRefusedException.class);
    assertThat(waiting()).isEmpty();
    assertThat(kiosks.events()).isEmpty();
  }

  private List<be.loketopmaat.domain.counter.Ticket> waiting() {
    return kit.store.tickets.findByLocationAndDay(HALL, today()).stream()
        .filter(t -> t.status() == TicketStatus.WAITING)
        .toList();
  }

  private java.time.LocalDate today() {
    return AppointmentTestKit.MONDAY;
  }

  private Credential registered(LocationCode at) {
    Registered registered = admin.register(at, "Zuil " + UUID.randomUUID(), STAFF);
    return new Credential(registered.kiosk().id(), registered.secret());
  }

  private KioskEvent last() {
    List<KioskEvent> events = kiosks.events();
    return events.get(events.size() - 1);
  }

  /** The hub, with a kiosk terminal in its hall. */
  private static Location hall() {
    Location hub = Fixtures.hub("hall", Fixtures.NORTH);
    EnumSet<Facility> facilities = EnumSet.copyOf(hub.facilities());
    facilities.add(Facility.KIOSK_TERMINAL);
    return new Location(
        hub.code(),
        "Hall " + hub.name(),
        hub.type(),
        hub.district(),
        hub.address(),
        hub.coordinates(),
        facilities,
        hub.desks(),
        hub.schedule(),
        hub.exceptions());
  }
}
