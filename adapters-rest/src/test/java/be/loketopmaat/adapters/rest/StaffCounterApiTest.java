package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static be.loketopmaat.adapters.rest.Api.object;
import static be.loketopmaat.adapters.rest.BookingData.DEURNE;
import static be.loketopmaat.adapters.rest.BookingData.EID_PICKUP;
import static be.loketopmaat.adapters.rest.BookingData.TICKET_ID;
import static be.loketopmaat.adapters.rest.BookingData.WINTER;
import static be.loketopmaat.adapters.rest.BookingData.waitingTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CounterAgendaUseCase;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.BlockDeskTime;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.DayView;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.DeskAgenda;
import be.loketopmaat.application.port.in.CounterQueueUseCase;
import be.loketopmaat.application.port.in.CounterQueueUseCase.Called;
import be.loketopmaat.application.port.in.CounterQueueUseCase.IssuedTicket;
import be.loketopmaat.application.port.in.CounterQueueUseCase.TicketRequest;
import be.loketopmaat.application.port.in.RemindCitizensUseCase;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.counter.TicketPurpose;
import be.loketopmaat.domain.counter.TicketStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counter's day (staff) and the walk-in ticket (public). */
@MicronautTest
class StaffCounterApiTest {
  static final String DEURNE_STAFF = "/api/v1/staff/locations/districtshuis-deurne";
  static final UUID BLOCK_ID = UUID.fromString("5c4b3a29-1807-4f6e-9d8c-7b6a59483726");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject RemindCitizensUseCase reminders;
  Api api;

  @Inject CounterQueueUseCase queue;
  @Inject CounterAgendaUseCase agenda;

  @MockBean(CounterQueueUseCase.class)
  CounterQueueUseCase queue() {
    return mock(CounterQueueUseCase.class);
  }

  @MockBean(CounterAgendaUseCase.class)
  CounterAgendaUseCase agenda() {
    return mock(CounterAgendaUseCase.class);
  }

  @MockBean(RemindCitizensUseCase.class)
  RemindCitizensUseCase reminders() {
    return mock(RemindCitizensUseCase.class);
  }

  private static final DeskBlock BLOCK =
      new DeskBlock(
          UUID.fromString("00000000-0000-0000-0000-00000000b10c"),
          DEURNE,
          "desk-2",
          LocalDateTime.of(2026, 11, 24, 12, 0),
          LocalDateTime.of(2026, 11, 24, 13, 0),
          "Team meeting");

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
  }

  @Test
  void drawsAWalkInTicket() {
    when(queue.drawTicket(new TicketRequest(DEURNE, EID_PICKUP, null, ClientId.of("ip:127.0.0.1"))))
        .thenReturn(new IssuedTicket(waitingTicket(), 3, Duration.ofMinutes(9).plusSeconds(30)));

    Api.Response response =
        api.post("/api/v1/locations/districtshuis-deurne/tickets", "{\"product\": \"eid-pickup\"}");

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json())
        .isEqualTo(
            object(
                "id",
                TICKET_ID.toString(),
                "location",
                "districtshuis-deurne",
                "number",
                17,
                "product",
                "eid-pickup",
                "purpose",
                "PICKUP",
                "position",
                3,
                "estimatedWaitMinutes",
                10,
                "issuedAt",
                "2026-11-24T10:02:11+01:00"));
  }

  @Test
  void aTicketWithoutProductIsRefused() {
    Api.Response response = api.post("/api/v1/locations/districtshuis-deurne/tickets", "{}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors()).containsExactly("product: is required");
    verifyNoInteractions(queue, agenda);
  }

  @Test
  void theDayViewDefaultsToTodayInBrusselsNotOnTheServersClock() {
    when(agenda.dayView(any(), any()))
        .thenReturn(
            new DayView(DEURNE, LocalDate.of(2026, 11, 21), List.of(), List.of(), List.of()));

    Api.Response response = api.staff("GET", DEURNE_STAFF + "/day", null);

    assertThat(response.status()).isEqualTo(200);
    verify(agenda).dayView(DEURNE, LocalDate.of(2026, 11, 21));
  }

  @Test
  void theDayViewShowsDesksArrivalsAndWaitingWalkIns() {
    Appointment booked = BookingData.appointment(WINTER, AppointmentStatus.BOOKED);
    Appointment arrived =
        BookingData.appointment(WINTER.plusMinutes(20), AppointmentStatus.CHECKED_IN);
    when(agenda.dayView(DEURNE, LocalDate.of(2026, 11, 24)))
        .thenReturn(
            new DayView(
                DEURNE,
                LocalDate.of(2026, 11, 24),
                List.of(
                    new DeskAgenda("desk-1", List.of(booked, arrived), List.of()),
                    new DeskAgenda("desk-2", List.of(), List.of(BLOCK))),
                List.of(arrived),
                List.of(waitingTicket())));

    Api.Response response = api.staff("GET", DEURNE_STAFF + "/day?date=2026-11-24", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("location")).isEqualTo("districtshuis-deurne");
    assertThat(response.at("date")).isEqualTo("2026-11-24");
    assertThat(response.at("desks[0].desk")).isEqualTo("desk-1");
    assertThat(response.at("desks[0].appointments[0].start"))
        .isEqualTo("2026-11-24T18:00:00+01:00");
    assertThat(response.at("desks[0].appointments[1].status")).isEqualTo("CHECKED_IN");
    assertThat(response.at("desks[1].appointments")).isEqualTo(List.of());
    assertThat(response.at("desks[0].blocks")).isEqualTo(List.of());
    assertThat(response.at("desks[1].blocks[0].reason")).isEqualTo("Team meeting");
    assertThat(response.at("desks[1].blocks[0].start")).isEqualTo("2026-11-24T12:00:00+01:00");
    assertThat(response.at("checkedIn[0].reference")).isEqualTo("K7M-4QXD");
    assertThat(response.at("checkedIn[0].citizen.insz")).isEqualTo("850731-***-**");
    assertThat(response.at("waitingTickets[0]"))
        .isEqualTo(
            object(
                "id",
                TICKET_ID.toString(),
                "location",
                "districtshuis-deurne",
                "day",
                "2026-11-24",
                "number",
                17,
                "product",
                "eid-pickup",
                "purpose",
                "PICKUP",
                "status",
                "WAITING",
                "issuedAt",
                "2026-11-24T10:02:11+01:00",
                "desk",
                null,
                "calledAt",
                null,
                "closedAt",
                null));
  }

  @Test
  void aTicketForAPurposeSaysWhichAndAnUnknownPurposeIsRefused() {
    when(queue.drawTicket(any())).thenReturn(new IssuedTicket(waitingTicket(), 1, Duration.ZERO));

    api.post(
        "/api/v1/locations/districtshuis-deurne/tickets",
        "{\"product\": \"eid-pickup\", \"purpose\": \"PICKUP\"}");
    verify(queue)
        .drawTicket(
            new TicketRequest(
                DEURNE, EID_PICKUP, TicketPurpose.PICKUP, ClientId.of("ip:127.0.0.1")));

    Api.Response unknown =
        api.post(
            "/api/v1/locations/districtshuis-deurne/tickets",
            "{\"product\": \"eid-pickup\", \"purpose\": \"SOMETHING\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.contentType()).isEqualTo(PROBLEM_JSON);
  }

  @Test
  void listsADaysDeskBlocks() {
    when(agenda.blocks(DEURNE, LocalDate.of(2026, 11, 24))).thenReturn(List.of(BLOCK));

    Api.Response response = api.staff("GET", DEURNE_STAFF + "/blocks?date=2026-11-24", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("[0].id")).isEqualTo(BLOCK.id().toString());
    assertThat(response.at("[0].desk")).isEqualTo("desk-2");
    assertThat(response.at("[0].end")).isEqualTo("2026-11-24T13:00:00+01:00");
  }

  @Test
  void callsTheNextAppointment() {
    Appointment called = BookingData.appointment(WINTER, AppointmentStatus.CALLED);
    when(queue.callNext(DEURNE, "desk-1")).thenReturn(Optional.of(new Called(called, null)));

    Api.Response response = api.staff("POST", DEURNE_STAFF + "/desks/desk-1/call-next", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("appointment.reference")).isEqualTo("K7M-4QXD");
    assertThat(response.at("appointment.status")).isEqualTo("CALLED");
    assertThat(response.has("ticket")).isTrue();
    assertThat(response.at("ticket")).isNull();
  }

  @Test
  void callsTheNextWalkIn() {
    Ticket called = waitingTicket().call("desk-1", LocalDateTime.of(2026, 11, 24, 10, 20));
    when(queue.callNext(DEURNE, "desk-1")).thenReturn(Optional.of(new Called(null, called)));

    Api.Response response = api.staff("POST", DEURNE_STAFF + "/desks/desk-1/call-next", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("appointment")).isNull();
    assertThat(response.at("ticket.number")).isEqualTo(17);
    assertThat(response.at("ticket.desk")).isEqualTo("desk-1");
    assertThat(response.at("ticket.calledAt")).isEqualTo("2026-11-24T10:20:00+01:00");
  }

  @Test
  void whenNobodyWaitsThereIsNoContent() {
    when(queue.callNext(DEURNE, "desk-1")).thenReturn(Optional.empty());

    Api.Response response = api.staff("POST", DEURNE_STAFF + "/desks/desk-1/call-next", null);

    assertThat(response.status()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void aDeskThatDoesNotExistIsNotFound() {
    when(queue.callNext(DEURNE, "desk-9"))
        .thenThrow(new NotFoundException("desk", "districtshuis-deurne/desk-9"));

    assertThat(api.staff("POST", DEURNE_STAFF + "/desks/desk-9/call-next", null).status())
        .isEqualTo(404);
  }

  @Test
  void closesACalledTicket() {
    Ticket served =
        waitingTicket()
            .call("desk-1", LocalDateTime.of(2026, 11, 24, 10, 20))
            .close(true, LocalDateTime.of(2026, 11, 24, 10, 26));
    when(queue.closeTicket(DEURNE, TICKET_ID, true)).thenReturn(served);

    Api.Response response =
        api.staff("POST", DEURNE_STAFF + "/tickets/" + TICKET_ID + "/close", "{\"served\": true}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("status")).isEqualTo(TicketStatus.SERVED.name());
    assertThat(response.at("closedAt")).isEqualTo("2026-11-24T10:26:00+01:00");
  }

  @Test
  void servedMustBeSaidAndBeABoolean() {
    Api.Response missing =
        api.staff("POST", DEURNE_STAFF + "/tickets/" + TICKET_ID + "/close", "{}");
    Api.Response word =
        api.staff(
            "POST", DEURNE_STAFF + "/tickets/" + TICKET_ID + "/close", "{\"served\": \"yes\"}");
    Api.Response badId =
        api.staff("POST", DEURNE_STAFF + "/tickets/17/close", "{\"served\": true}");

    assertThat(missing.errors()).containsExactly("served: is required");
    assertThat(word.errors()).containsExactly("served: must be true or false");
    assertThat(badId.errors()).containsExactly("id: must be a UUID");
    verifyNoInteractions(queue, agenda);
  }

  @Test
  void closingATicketThatWasNotCalledIsAConflict() {
    when(queue.closeTicket(eq(DEURNE), eq(TICKET_ID), anyBoolean()))
        .thenThrow(
            new ConflictException(
                "not-called", "only a called ticket can be closed; it is WAITING"));

    Api.Response response =
        api.staff("POST", DEURNE_STAFF + "/tickets/" + TICKET_ID + "/close", "{\"served\": false}");

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.at("reason")).isEqualTo("not-called");
  }

  @Test
  void blocksDeskTimeGivenWithOffsetsAsBrusselsTime() {
    when(agenda.blockDeskTime(any()))
        .thenAnswer(
            call -> {
              BlockDeskTime asked = call.getArgument(0);
              return new DeskBlock(
                  BLOCK_ID,
                  asked.location(),
                  asked.desk(),
                  asked.start(),
                  asked.end(),
                  asked.reason());
            });

    Api.Response response =
        api.staff(
            "POST",
            DEURNE_STAFF + "/desks/desk-1/blocks",
            "{\"start\": \"2026-11-24T17:00:00Z\", \"end\": \"2026-11-24T19:00:00+01:00\", \"reason\": \"Team meeting\"}");

    assertThat(response.status()).isEqualTo(201);
    verify(agenda)
        .blockDeskTime(
            new BlockDeskTime(
                DEURNE, "desk-1", WINTER, LocalDateTime.of(2026, 11, 24, 19, 0), "Team meeting"));
    assertThat(response.header("Location"))
        .isEqualTo("/api/v1/staff/locations/districtshuis-deurne/desks/desk-1/blocks/" + BLOCK_ID);
    assertThat(response.json())
        .isEqualTo(
            object(
                "id",
                BLOCK_ID.toString(),
                "location",
                "districtshuis-deurne",
                "desk",
                "desk-1",
                "start",
                "2026-11-24T18:00:00+01:00",
                "end",
                "2026-11-24T19:00:00+01:00",
                "reason",
                "Team meeting"));
  }

  @Test
  void blockTimesWithoutOffsetAreRefused() {
    Api.Response response =
        api.staff(
            "POST",
            DEURNE_STAFF + "/desks/desk-1/blocks",
            "{\"start\": \"2026-11-24T18:00\", \"end\": \"19:00\", \"reason\": \"Team meeting\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactlyInAnyOrder("start", "end");
    verifyNoInteractions(queue, agenda);
  }

  @Test
  void aBlockOverAnAppointmentIsAConflictWithItsReason() {
    when(agenda.blockDeskTime(any()))
        .thenThrow(
            new ConflictException(
                "desk-time-taken", "an appointment, hold or block is in the way: move it first"));

    Api.Response response =
        api.staff(
            "POST",
            DEURNE_STAFF + "/desks/desk-1/blocks",
            "{\"start\": \"2026-11-24T17:00:00Z\", \"end\": \"2026-11-24T18:00:00Z\", \"reason\": \"Team meeting\"}");

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.at("type")).isEqualTo("/problems/conflict");
    assertThat(response.at("reason")).isEqualTo("desk-time-taken");
  }

  @Test
  void removesABlock() {
    Api.Response response =
        api.staff("DELETE", DEURNE_STAFF + "/desks/desk-1/blocks/" + BLOCK_ID, null);

    assertThat(response.status()).isEqualTo(204);
    verify(agenda).unblockDeskTime(DEURNE, BLOCK_ID);
  }

  @Test
  void removingAnUnknownBlockIsNotFound() {
    doThrow(new NotFoundException("desk block", BLOCK_ID.toString()))
        .when(agenda)
        .unblockDeskTime(DEURNE, BLOCK_ID);

    assertThat(
            api.staff("DELETE", DEURNE_STAFF + "/desks/desk-1/blocks/" + BLOCK_ID, null).status())
        .isEqualTo(404);
  }

  @Test
  void queuesRemindersForTomorrowInBrusselsByDefault() {
    when(reminders.remindAppointmentsOn(LocalDate.of(2026, 11, 22))).thenReturn(42);

    Api.Response response = api.staff("POST", "/api/v1/staff/reminders", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json()).isEqualTo(object("queued", 42));
  }

  @Test
  void queuesRemindersForAGivenDay() {
    when(reminders.remindAppointmentsOn(LocalDate.of(2026, 12, 1))).thenReturn(7);

    assertThat(api.staff("POST", "/api/v1/staff/reminders?date=2026-12-01", null).at("queued"))
        .isEqualTo(7);
  }
}
