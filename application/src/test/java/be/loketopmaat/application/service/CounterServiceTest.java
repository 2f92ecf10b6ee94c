package be.loketopmaat.application.service;

import static be.loketopmaat.application.service.AppointmentTestKit.AN;
import static be.loketopmaat.application.service.AppointmentTestKit.ATTEST;
import static be.loketopmaat.application.service.AppointmentTestKit.BART;
import static be.loketopmaat.application.service.AppointmentTestKit.EID;
import static be.loketopmaat.application.service.AppointmentTestKit.HUB;
import static be.loketopmaat.application.service.AppointmentTestKit.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.BlockDeskTime;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.DayView;
import be.loketopmaat.application.port.in.CounterQueueUseCase.Called;
import be.loketopmaat.application.port.in.CounterQueueUseCase.IssuedTicket;
import be.loketopmaat.application.port.in.SlotTakenException;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.counter.TicketStatus;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterServiceTest {
  private final AppointmentTestKit kit = new AppointmentTestKit();

  @Test
  void theVisitAtTheCounter() {
    Appointment booked = book(monday(10, 0));
    kit.clock.set(monday(9, 50));
    kit.visits.checkIn(booked.reference());
    Called called = kit.queue.callNext(HUB, "desk-1").orElseThrow();
    assertThat(called.appointment().reference()).isEqualTo(booked.reference());
    assertThat(called.ticket()).isNull();
    assertThat(kit.visits.complete(booked.reference()).status())
        .isEqualTo(AppointmentStatus.COMPLETED);
  }

  @Test
  void walkInsAreNumberedAndCalledBetweenAppointments() {
    kit.clock.set(monday(9, 0));
    IssuedTicket first = kit.queue.drawTicket(HUB, EID);
    IssuedTicket second = kit.queue.drawTicket(HUB, EID);
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
    assertThatThrownBy(() -> kit.queue.drawTicket(HUB, ATTEST))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> kit.queue.drawTicket(new LocationCode("groenenhoek"), EID))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void nobodyWaitingIsNobodyCalled() {
    assertThat(kit.queue.callNext(HUB, "desk-1")).isEmpty();
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
    kit.visits.checkIn(booked.reference());
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
    assertThatThrownBy(() -> kit.visits.markNoShow(booked.reference()))
        .isInstanceOf(ConflictException.class);
    kit.clock.set(monday(10, 11));
    assertThat(kit.visits.markNoShow(booked.reference()).status())
        .isEqualTo(AppointmentStatus.NO_SHOW);
  }

  private Appointment book(java.time.LocalDateTime start) {
    return kit.booking
        .book(new Direct(new What(List.of(EID), 1), HUB, start, AN, Channel.E_COUNTER, "c", null))
        .appointment();
  }
}
