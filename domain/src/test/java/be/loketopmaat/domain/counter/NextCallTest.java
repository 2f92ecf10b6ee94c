package be.loketopmaat.domain.counter;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.ManagementCode;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.counter.NextCall.CallAppointment;
import be.loketopmaat.domain.counter.NextCall.CallTicket;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextCallTest {
  private static final LocationCode HUB = new LocationCode("hub");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

  private final Ticket first =
      Ticket.draw(
          HUB, 1, new ProductCode("eid-pickup"), TicketPurpose.PICKUP, null, NOW.minusMinutes(20));
  private final Ticket second =
      Ticket.draw(
          HUB, 2, new ProductCode("eid-pickup"), TicketPurpose.PICKUP, null, NOW.minusMinutes(10));

  @Test
  void aDueAppointmentGoesBeforeWalkIns() {
    Appointment due = checkedIn("desk-1", NOW.plusMinutes(5));
    assertThat(NextCall.choose("desk-1", NOW, List.of(due), List.of(first), t -> true))
        .contains(new CallAppointment(due));
  }

  @Test
  void walkInsFillTheTimeBetweenAppointmentsInTheirOrder() {
    Appointment later = checkedIn("desk-1", NOW.plusMinutes(30));
    assertThat(NextCall.choose("desk-1", NOW, List.of(later), List.of(second, first), t -> true))
        .contains(new CallTicket(first));
  }

  @Test
  void anEarlyAppointmentIsServedWhenNoWalkInWaits() {
    Appointment later = checkedIn("desk-1", NOW.plusMinutes(30));
    assertThat(NextCall.choose("desk-1", NOW, List.of(later), List.of(), t -> true))
        .contains(new CallAppointment(later));
  }

  @Test
  void aDeskCallsOnlyItsOwnAppointmentsAndTicketsItCanServe() {
    Appointment otherDesk = checkedIn("desk-2", NOW);
    assertThat(NextCall.choose("desk-1", NOW, List.of(otherDesk), List.of(first), t -> false))
        .isEmpty();
  }

  @Test
  void aBookedButAbsentCitizenIsNotCalled() {
    Appointment absent = booked("desk-1", NOW);
    assertThat(NextCall.choose("desk-1", NOW, List.of(absent), List.of(first), t -> true))
        .contains(new CallTicket(first));
  }

  private static Appointment booked(String desk, LocalDateTime start) {
    return Appointment.book(
        AppointmentReference.random(),
        ManagementCode.hash("x"),
        desk,
        new Slot(HUB, start, start.plusMinutes(20)),
        List.of(new ProductCode("eid-application")),
        1,
        new Citizen(NationalNumber.of("85073100328"), "An", "an@example.be", null, null),
        Channel.E_COUNTER);
  }

  private static Appointment checkedIn(String desk, LocalDateTime start) {
    return booked(desk, start).checkIn(start.minusMinutes(40), Duration.ofMinutes(10));
  }
}
