package be.loketopmaat.application.service;

import static be.loketopmaat.application.service.AppointmentTestKit.AN;
import static be.loketopmaat.application.service.AppointmentTestKit.ATTEST;
import static be.loketopmaat.application.service.AppointmentTestKit.BART;
import static be.loketopmaat.application.service.AppointmentTestKit.EID;
import static be.loketopmaat.application.service.AppointmentTestKit.HUB;
import static be.loketopmaat.application.service.AppointmentTestKit.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.BlockDeskTime;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.DayView;
import be.loketopmaat.application.port.in.CounterQueueUseCase.Called;
import be.loketopmaat.application.port.in.CounterQueueUseCase.IssuedTicket;
import be.loketopmaat.application.port.in.CounterQueueUseCase.TicketRequest;
import be.loketopmaat.application.port.in.SlotTakenException;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.counter.TicketPurpose;
import be.loketopmaat.domain.counter.TicketStatus;
import be.loketopmaat.domain.counter.WalkInCapacity;
import be.loketopmaat.domain.location.Desk;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.staff.StaffActionKind;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CounterServiceTest {
  static final StaffMember CLERK = new StaffMember("clerk-1", "An Clerk");

  private final AppointmentTestKit kit = new AppointmentTestKit();

  @Test
  void theVisitAtTheCounter() {
    Appointment booked = book(monday(10, 0));
    kit.clock.set(monday(9, 50));
    kit.visits.checkIn(booked.reference(), CLERK);
    Called called = kit.queue.callNext(HUB, "desk-1").orElseThrow();
    assertThat(called.appointment().reference()).isEqualTo(booked.reference());
    assertThat(called.ticket()).isNull();
    assertThat(kit.visits.complete(booked.reference(), CLERK).status())
        .isEqualTo(AppointmentStatus.COMPLETED);
  }

  @Test
  void walkInsAreNumberedAndCalledBetweenAppointments() {
    kit.clock.set(monday(9, 0));
    IssuedTicket first = ticket(EID);
    IssuedTicket second = ticket(EID);
    assertThat(first.ticket().number()).isEqualTo(1);
    assertThat(second.ticket().number()).isEqualTo(2);
    assertThat(second.position()).isEqualTo(2);
    // One desk handles pickups at the hub; the eID's pickup takes five minutes.
    assertThat(second.estimatedWait()).isEqualTo(Duration.ofMinutes(5));

    Called called = kit.queue.callNext(HUB, "desk-1").orElseThrow();
    assertThat(called.ticket().number()).isEqualTo(1);
    assertThat(kit.queue.closeTicket(HUB, called.ticket().id(), true).status())
        .isEqualTo(TicketStatus.SERVED);
    assertThat(kit.agenda.dayView(HUB, AppointmentTestKit.MONDAY).waitingTickets())
        .extracting(t -> t.number())
        .containsExactly(2);
  }

  @Test
  void ticketsOnlyWhereTheProductIsHandedOutWithoutAppointment() {
    assertThatThrownBy(() -> ticket(ATTEST)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                kit.queue.drawTicket(
                    new TicketRequest(new LocationCode("groenenhoek"), EID, null, null)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void nobodyWaitingIsNobodyCalled() {
    kit.clock.set(monday(9, 0));
    assertThat(kit.queue.callNext(HUB, "desk-1")).isEmpty();
  }

  @Test
  void noTicketCheckInOrCallWhileTheLocationIsClosedBeyondTheMargin() {
    Appointment booked = book(monday(10, 0));
    kit.clock.set(monday(8, 14)); // the hub opens at 08:30; the counter works from 08:15
    assertClosed(() -> ticket(EID));
    assertClosed(() -> kit.visits.checkIn(booked.reference(), CLERK));
    assertClosed(() -> kit.queue.callNext(HUB, "desk-1"));

    kit.clock.set(monday(8, 15));
    assertThat(kit.queue.callNext(HUB, "desk-1")).isEmpty();
    assertThat(ticket(EID).ticket().number()).isEqualTo(1);

    kit.clock.set(monday(16, 15)); // closed at 16:00: the queue may be finished until 16:15
    assertClosed(() -> kit.queue.callNext(HUB, "desk-1"));
    kit.clock.set(AppointmentTestKit.MONDAY.minusDays(1).atTime(11, 0)); // a Sunday
    assertClosed(() -> ticket(EID));
  }

  @Test
  void aPickupTicketIsOnlyCalledByADeskThatHandlesPickups() {
    Location hub = Fixtures.hub("hub", Fixtures.NORTH);
    List<Desk> desks = new ArrayList<>(hub.desks());
    desks.add(new Desk("desk-3", EnumSet.of(DeskCapability.IDENTITY)));
    kit.locations.update(
        new Location(
            hub.code(),
            hub.name(),
            hub.type(),
            hub.district(),
            hub.address(),
            hub.coordinates(),
            hub.facilities(),
            desks,
            hub.schedule(),
            hub.exceptions()));
    kit.clock.set(monday(9, 0));
    IssuedTicket pickup = ticket(EID);
    assertThat(pickup.ticket().purpose()).isEqualTo(TicketPurpose.PICKUP);

    assertThat(kit.queue.callNext(HUB, "desk-3")).isEmpty();
    assertThat(kit.queue.callNext(HUB, "desk-1").orElseThrow().ticket().id())
        .isEqualTo(pickup.ticket().id());
  }

  @Test
  void aClientHasNoMoreTicketsWaitingThanAllowedWhileOthersStillGetTheirs() {
    kit.clock.set(monday(9, 0));
    ClientId flooder = ClientId.of("ip:192.0.2.66");
    for (int i = 0; i < kit.counterRules.maxWaitingTicketsPerClient(); i++) {
      kit.queue.drawTicket(new TicketRequest(HUB, EID, null, flooder));
    }
    assertThatThrownBy(() -> kit.queue.drawTicket(new TicketRequest(HUB, EID, null, flooder)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("too-many-tickets"));
    assertThat(
            kit.queue
                .drawTicket(new TicketRequest(HUB, EID, null, ClientId.of("ip:192.0.2.7")))
                .position())
        .isEqualTo(kit.counterRules.maxWaitingTicketsPerClient() + 1);

    // Once one of its tickets has been called, the client may draw another.
    assertThat(kit.queue.callNext(HUB, "desk-1")).isPresent();
    assertThat(kit.queue.drawTicket(new TicketRequest(HUB, EID, null, flooder)).ticket().client())
        .isEqualTo(flooder);
  }

  @Test
  void noMoreTicketsThanTheDaysRemainingDeskTimeCanServe() {
    kit.clock.set(monday(15, 50)); // ten minutes of the one pickup desk left: two pickups of five
    ticket(EID);
    ticket(EID);
    assertThatThrownBy(() -> ticket(EID))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("queue-full"));
    assertThat(kit.store.tickets.byId).hasSize(2);
  }

  @Test
  void appointmentsAndBlocksLeaveLessRoomForWalkIns() {
    kit.agenda.blockDeskTime(
        new BlockDeskTime(HUB, "desk-1", monday(13, 0), monday(16, 0), "training"));
    book(monday(12, 40));
    kit.clock.set(monday(12, 45)); // desk-1: the appointment until 13:00, then the block
    assertThatThrownBy(() -> ticket(EID))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("queue-full"));
  }

  @Test
  void theEstimatedWaitFollowsTheServiceTimesMeasuredThatDay() {
    kit.clock.set(monday(9, 0));
    for (int i = 0; i < WalkInCapacity.MIN_SAMPLES; i++) {
      ticket(EID);
      Called called = kit.queue.callNext(HUB, "desk-1").orElseThrow();
      kit.clock.set(LocalDateTime.now(kit.clock).plusMinutes(8));
      kit.queue.closeTicket(HUB, called.ticket().id(), true);
    }
    ticket(EID);
    IssuedTicket second = ticket(EID);

    assertThat(second.estimatedWait())
        .as("one ticket ahead, eight minutes measured, one pickup desk")
        .isEqualTo(Duration.ofMinutes(8));
  }

  @Test
  void staffBookAtTheDeskWithoutTheCitizensLeadTime() {
    kit.clock.set(monday(9, 0));
    Direct online =
        new Direct(new What(List.of(EID), 1), HUB, monday(9, 20), AN, Channel.E_COUNTER, "c", null);
    assertThatThrownBy(() -> kit.booking.book(online)).isInstanceOf(InvalidInputException.class);
    Direct atTheDesk =
        new Direct(
            new What(List.of(EID), 1),
            HUB,
            monday(9, 20),
            AN,
            Channel.COUNTER_APPOINTMENT,
            "c",
            null);
    assertThat(kit.booking.book(atTheDesk).appointment().start()).isEqualTo(monday(9, 20));
    Direct byPhone =
        new Direct(new What(List.of(EID), 1), HUB, monday(9, 40), BART, Channel.CALL, "c", null);
    assertThatThrownBy(() -> kit.booking.book(byPhone))
        .as("a caller is not at the desk: the citizen's lead time holds")
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void staffCheckInALateCitizenWithAReason() {
    Appointment booked = book(monday(10, 0));
    kit.clock.set(monday(10, 30));
    assertThatThrownBy(() -> kit.visits.checkIn(booked.reference(), CLERK))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("too-late"));
    assertThatThrownBy(() -> kit.visits.checkInLate(booked.reference(), " ", CLERK))
        .isInstanceOf(InvalidInputException.class);
    assertThat(kit.store.appointments.get(booked.id()).status())
        .isEqualTo(AppointmentStatus.BOOKED);

    assertThat(
            kit.visits
                .checkInLate(booked.reference(), "tram 24 was 30 minutes late", CLERK)
                .status())
        .isEqualTo(AppointmentStatus.CHECKED_IN);
    assertThat(kit.store.staffLog.forAppointment(booked.reference()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(StaffActionKind.CHECKED_IN_LATE);
              assertThat(a.by()).isEqualTo(CLERK);
              assertThat(a.reason()).isEqualTo("tram 24 was 30 minutes late");
            });
  }

  @Test
  void theDayViewAndTheListShowBlockedDeskTime() {
    DeskBlock block =
        kit.agenda.blockDeskTime(
            new BlockDeskTime(HUB, "desk-2", monday(14, 0), monday(15, 0), "training"));

    DayView day = kit.agenda.dayView(HUB, AppointmentTestKit.MONDAY);
    assertThat(day.desks().get(0).blocks()).isEmpty();
    assertThat(day.desks().get(1).blocks()).containsExactly(block);
    assertThat(kit.agenda.blocks(HUB, AppointmentTestKit.MONDAY)).containsExactly(block);
    assertThat(kit.agenda.blocks(HUB, AppointmentTestKit.MONDAY.plusDays(1))).isEmpty();
    assertThatThrownBy(
            () -> kit.agenda.blocks(new LocationCode("nowhere"), AppointmentTestKit.MONDAY))
        .isInstanceOf(NotFoundException.class);
  }

  private IssuedTicket ticket(ProductCode product) {
    return kit.queue.drawTicket(new TicketRequest(HUB, product, null, null));
  }

  private static void assertClosed(ThrowingCallable action) {
    assertThatThrownBy(action)
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("location-closed"));
  }

  @Test
  void blockingDeskTimeNeverOverlapsAnAppointment() {
    book(monday(10, 0));
    assertThatThrownBy(
            () ->
                kit.agenda.blockDeskTime(
                    new BlockDeskTime(HUB, "desk-1", monday(10, 10), monday(11, 0), "meeting")))
        .isInstanceOf(ConflictException.class);
    kit.agenda.blockDeskTime(
        new BlockDeskTime(HUB, "desk-1", monday(10, 20), monday(11, 0), "meeting"));
    assertThatThrownBy(
            () ->
                kit.booking.book(
                    new Direct(
                        new What(List.of(EID), 1),
                        HUB,
                        monday(10, 30),
                        BART,
                        Channel.E_COUNTER,
                        "c",
                        null)))
        .isInstanceOf(SlotTakenException.class);
  }

  @Test
  void theDayViewShowsEachDesksAgendaAndWhoWaits() {
    Appointment booked = book(monday(10, 0));
    kit.clock.set(monday(9, 55));
    kit.visits.checkIn(booked.reference(), CLERK);
    DayView day = kit.agenda.dayView(HUB, AppointmentTestKit.MONDAY);
    assertThat(day.desks()).extracting(d -> d.desk()).containsExactly("desk-1", "desk-2");
    assertThat(day.desks().get(0).appointments()).hasSize(1);
    assertThat(day.checkedIn())
        .extracting(Appointment::reference)
        .containsExactly(booked.reference());
  }

  @Test
  void aNoShowOnlyAfterTheGracePeriod() {
    Appointment booked = book(monday(10, 0));
    kit.clock.set(monday(10, 5));
    assertThatThrownBy(() -> kit.visits.markNoShow(booked.reference(), CLERK))
        .isInstanceOf(ConflictException.class);
    kit.clock.set(monday(10, 11));
    assertThat(kit.visits.markNoShow(booked.reference(), CLERK).status())
        .isEqualTo(AppointmentStatus.NO_SHOW);
  }

  private Appointment book(java.time.LocalDateTime start) {
    return kit.booking
        .book(new Direct(new What(List.of(EID), 1), HUB, start, AN, Channel.E_COUNTER, "c", null))
        .appointment();
  }
}
