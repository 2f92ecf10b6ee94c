package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.BookingData.MANAGEMENT_CODE;
import static be.loketopmaat.adapters.rest.BookingData.REFERENCE;
import static be.loketopmaat.adapters.rest.BookingData.WINTER;
import static be.loketopmaat.adapters.rest.BookingData.booked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.BookCommand;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase;
import be.loketopmaat.application.port.in.VisitUseCase;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.staff.StaffMember;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

@MicronautTest
@Property(name = "loket.rate-limit.enabled", value = "false")
class StaffAppointmentApiTest {
  static final String BOOKING = AppointmentApiTest.DIRECT;
  static final StaffMember SHARED = new StaffMember("shared-token", "shared staff token");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject BookAppointmentUseCase bookings;
  Api api;

  @MockBean(BookAppointmentUseCase.class)
  BookAppointmentUseCase bookings() {
    return mock(BookAppointmentUseCase.class);
  }

  @Inject VisitUseCase visits;

  @MockBean(VisitUseCase.class)
  VisitUseCase visits() {
    return mock(VisitUseCase.class);
  }

  @MockBean(StaffAppointmentsUseCase.class)
  StaffAppointmentsUseCase staffAppointments() {
    return mock(StaffAppointmentsUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    when(bookings.bookFor(any(), any())).thenReturn(new Booking(booked(), MANAGEMENT_CODE));
  }

  @Test
  void staffBookForACallerByDefaultAndGetTheCodeToPassOn() {
    Api.Response response = api.staff("POST", "/api/v1/staff/appointments", BOOKING);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("Location")).isEqualTo("/api/v1/appointments/K7M-4QXD");
    assertThat(response.at("managementCode")).isEqualTo(MANAGEMENT_CODE);
    assertThat(response.at("citizen.insz")).isEqualTo("850731-***-**");
    Direct command = (Direct) captured();
    assertThat(command.channel()).isEqualTo(Channel.CALL);
    assertThat(command.start()).isEqualTo(WINTER);
    assertThat(command.client()).startsWith("ip:");
  }

  @Test
  void staffBookForSomeoneAtTheDesk() {
    api.staff(
        "POST",
        "/api/v1/staff/appointments",
        BOOKING.replace("{\"products\"", "{\"channel\": \"COUNTER_APPOINTMENT\", \"products\""));

    assertThat(captured().channel()).isEqualTo(Channel.COUNTER_APPOINTMENT);
  }

  @Test
  void aSelfServiceChannelIsNotAStaffBooking() {
    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/appointments",
            BOOKING.replace("{\"products\"", "{\"channel\": \"E_COUNTER\", \"products\""));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors())
        .containsExactly("channel: must be one of [CALL, COUNTER_APPOINTMENT]");
    verifyNoInteractions(bookings);
  }

  @Test
  void anUnknownChannelIsNamed() {
    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/appointments",
            BOOKING.replace("{\"products\"", "{\"channel\": \"FAX\", \"products\""));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("channel");
    verifyNoInteractions(bookings);
  }

  @Test
  void staffPassTheIdempotencyKeyToo() {
    api.send("POST", "/api/v1/staff/appointments", "application/json", BOOKING, null);
    api.sendWith(
        "POST",
        "/api/v1/staff/appointments",
        "application/json",
        BOOKING,
        Map.of("Authorization", "Bearer " + Api.STAFF_TOKEN, "Idempotency-Key", "call-4711"));

    assertThat(captured().idempotencyKey()).isEqualTo("call-4711");
  }

  @ParameterizedTest
  @CsvSource({"check-in, CHECKED_IN", "complete, COMPLETED", "no-show, NO_SHOW"})
  void movesTheVisitAlongWithoutACode(String action, AppointmentStatus status) {
    Appointment after = BookingData.appointment(WINTER, status);
    when(visits.checkIn(REFERENCE, SHARED)).thenReturn(after);
    when(visits.complete(REFERENCE, SHARED)).thenReturn(after);
    when(visits.markNoShow(REFERENCE, SHARED)).thenReturn(after);

    Api.Response response =
        api.staff("POST", "/api/v1/staff/appointments/K7M-4QXD/" + action, null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("status")).isEqualTo(status.name());
    assertThat(response.at("desk")).isEqualTo("desk-1");
    assertThat(response.at("channel")).isEqualTo("E_COUNTER");
    assertThat(response.at("citizen.insz")).isEqualTo("850731-***-**");
    switch (action) {
      case "check-in" -> verify(visits).checkIn(REFERENCE, SHARED);
      case "complete" -> verify(visits).complete(REFERENCE, SHARED);
      default -> verify(visits).markNoShow(REFERENCE, SHARED);
    }
  }

  @Test
  void aLateCitizenIsCheckedInWithTheReasonStaffGive() {
    when(visits.checkInLate(REFERENCE, "The tram was late", SHARED))
        .thenReturn(BookingData.appointment(WINTER, AppointmentStatus.CHECKED_IN));

    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/appointments/K7M-4QXD/check-in",
            "{\"lateReason\": \"The tram was late\"}");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.at("status")).isEqualTo("CHECKED_IN");
    verify(visits).checkInLate(REFERENCE, "The tram was late", SHARED);
    verify(visits, never()).checkIn(any(), any());
  }

  @Test
  void theStaffViewShowsTheMomentsOfTheVisitWithOffsets() {
    Appointment completed =
        new Appointment(
            booked().id(),
            REFERENCE,
            "hash",
            booked().location(),
            "desk-1",
            WINTER,
            WINTER.plusMinutes(20),
            booked().products(),
            1,
            booked().citizen(),
            Channel.CALL,
            AppointmentStatus.COMPLETED,
            LocalDateTime.of(2026, 11, 24, 17, 52),
            LocalDateTime.of(2026, 11, 24, 18, 1),
            LocalDateTime.of(2026, 11, 24, 18, 17),
            null,
            0);
    when(visits.complete(REFERENCE, SHARED)).thenReturn(completed);

    Api.Response response = api.staff("POST", "/api/v1/staff/appointments/K7M-4QXD/complete", null);

    assertThat(response.at("checkedInAt")).isEqualTo("2026-11-24T17:52:00+01:00");
    assertThat(response.at("calledAt")).isEqualTo("2026-11-24T18:01:00+01:00");
    assertThat(response.at("closedAt")).isEqualTo("2026-11-24T18:17:00+01:00");
    assertThat(response.at("products")).isEqualTo(List.of("eid-application"));
  }

  @Test
  void aNoShowBeforeTheGracePeriodIsAConflict() {
    when(visits.markNoShow(REFERENCE, SHARED))
        .thenThrow(
            new ConflictException(
                "grace-period", "a no-show is marked once 10 minutes after the start have passed"));

    Api.Response response = api.staff("POST", "/api/v1/staff/appointments/K7M-4QXD/no-show", null);

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.at("type")).isEqualTo("/problems/conflict");
    assertThat(response.at("reason")).isEqualTo("grace-period");
  }

  private BookCommand captured() {
    ArgumentCaptor<BookCommand> command = ArgumentCaptor.forClass(BookCommand.class);
    verify(bookings).bookFor(command.capture(), eq(SHARED));
    return command.getValue();
  }
}
