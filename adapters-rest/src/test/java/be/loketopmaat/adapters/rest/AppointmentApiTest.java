package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static be.loketopmaat.adapters.rest.Api.object;
import static be.loketopmaat.adapters.rest.BookingData.DEURNE;
import static be.loketopmaat.adapters.rest.BookingData.EID;
import static be.loketopmaat.adapters.rest.BookingData.HOLD_ID;
import static be.loketopmaat.adapters.rest.BookingData.MANAGEMENT_CODE;
import static be.loketopmaat.adapters.rest.BookingData.MERKSEM;
import static be.loketopmaat.adapters.rest.BookingData.REFERENCE;
import static be.loketopmaat.adapters.rest.BookingData.WINTER;
import static be.loketopmaat.adapters.rest.BookingData.booked;
import static be.loketopmaat.adapters.rest.BookingData.citizen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.BookCommand;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.FromHold;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase.RescheduleCommand;
import be.loketopmaat.application.port.in.RecoverLinkUseCase;
import be.loketopmaat.application.port.in.RecoverLinkUseCase.LinkRequest;
import be.loketopmaat.application.port.in.VisitUseCase;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Language;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@MicronautTest
@Property(name = "loket.rate-limit.enabled", value = "false")
class AppointmentApiTest {
  static final String CITIZEN =
      """
      {"insz": "85.07.31-033.95", "name": "An Peeters", "email": "an.peeters@example.be",
       "phone": "+32 470 12 34 56", "language": "fr"}""";
  static final String DIRECT =
      """
      {"products": ["eid-application"], "persons": 1, "location": "districtshuis-deurne",
       "start": "2026-11-24T17:00:00Z", "citizen": %s}
      """
          .formatted(CITIZEN);
  static final String FROM_HOLD =
      """
      {"hold": "3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b", "citizen": %s}
      """
          .formatted(CITIZEN);
  static final String APPOINTMENT = "/api/v1/appointments/K7M-4QXD";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject BookAppointmentUseCase bookings;
  Api api;

  @Inject ManageAppointmentUseCase appointments;

  @MockBean(ManageAppointmentUseCase.class)
  ManageAppointmentUseCase appointments() {
    return mock(ManageAppointmentUseCase.class);
  }

  @MockBean(BookAppointmentUseCase.class)
  BookAppointmentUseCase bookings() {
    return mock(BookAppointmentUseCase.class);
  }

  @Inject VisitUseCase visits;
  @Inject RecoverLinkUseCase recovery;

  @MockBean(VisitUseCase.class)
  VisitUseCase visits() {
    return mock(VisitUseCase.class);
  }

  @MockBean(RecoverLinkUseCase.class)
  RecoverLinkUseCase recoverLink() {
    return mock(RecoverLinkUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    when(bookings.book(any())).thenReturn(new Booking(booked(), MANAGEMENT_CODE));
    when(appointments.get(REFERENCE, MANAGEMENT_CODE)).thenReturn(booked());
  }

  @Test
  void booksDirectlyAndAnswersWithTheManagementCodeOnce() {
    Api.Response response = api.post("/api/v1/appointments", DIRECT);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("Location")).isEqualTo("/api/v1/appointments/K7M-4QXD");
    assertThat(response.json())
        .isEqualTo(
            object(
                "reference",
                "K7M-4QXD",
                "managementCode",
                MANAGEMENT_CODE,
                "location",
                "districtshuis-deurne",
                "start",
                "2026-11-24T18:00:00+01:00",
                "end",
                "2026-11-24T18:20:00+01:00",
                "products",
                List.of("eid-application"),
                "persons",
                1,
                "pickupOf",
                null,
                "status",
                "BOOKED",
                "citizen",
                object(
                    "insz",
                    "850731-***-**",
                    "name",
                    "An Peeters",
                    "email",
                    "an.peeters@example.be",
                    "phone",
                    "+32 470 12 34 56",
                    "language",
                    "nl")));
    assertThat(response.body())
        .as("the national number never travels back")
        .doesNotContain("03395", "033.95");
    Direct command = (Direct) captured();
    assertThat(command.what().products()).containsExactly(EID);
    assertThat(command.what().persons()).isEqualTo(1);
    assertThat(command.location()).isEqualTo(DEURNE);
    assertThat(command.start()).as("17:00 UTC in November").isEqualTo(WINTER);
    assertThat(command.citizen().insz()).isEqualTo(citizen().insz());
    assertThat(command.citizen().language()).isEqualTo(Language.FR);
    assertThat(command.citizen().email()).isEqualTo("an.peeters@example.be");
    assertThat(command.channel()).isEqualTo(Channel.E_COUNTER);
    assertThat(command.idempotencyKey()).isNull();
  }

  @Test
  void booksFromAHold() {
    Api.Response response = api.post("/api/v1/appointments", FROM_HOLD);

    assertThat(response.status()).isEqualTo(201);
    assertThat(captured())
        .isInstanceOfSatisfying(
            FromHold.class, command -> assertThat(command.hold()).isEqualTo(HOLD_ID));
  }

  @Test
  void aHoldAndASlotTogetherAreRefused() {
    Api.Response response =
        api.post(
            "/api/v1/appointments",
            FROM_HOLD.replace("{\"hold\"", "{\"location\": \"districtshuis-deurne\", \"hold\""));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("hold");
    verifyNoInteractions(bookings, appointments);
  }

  @Test
  void theIdempotencyKeyReachesTheUseCaseScopedByTheClient() {
    Api.Response first =
        api.post("/api/v1/appointments", DIRECT, "Idempotency-Key", "booking-2026-11-20-0001");
    Api.Response retry =
        api.post("/api/v1/appointments", DIRECT, "Idempotency-Key", "booking-2026-11-20-0001");

    ArgumentCaptor<BookCommand> commands = ArgumentCaptor.forClass(BookCommand.class);
    verify(bookings, times(2)).book(commands.capture());
    for (BookCommand command : commands.getAllValues()) {
      assertThat(command.idempotencyKey()).isEqualTo("booking-2026-11-20-0001");
      assertThat(command.client())
          .as("the remote address, tagged as such")
          .isIn("ip:127.0.0.1", "ip:0:0:0:0:0:0:0:1");
    }
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json())
        .as("the use case returns the first booking; so does the API")
        .isEqualTo(first.json());
  }

  @Test
  void anIdempotencyKeyOfAHundredCharactersIsTakenAndOneMoreIsRefused() {
    assertThat(
            api.post("/api/v1/appointments", DIRECT, "Idempotency-Key", "k".repeat(100)).status())
        .isEqualTo(201);

    Api.Response response =
        api.post("/api/v1/appointments", DIRECT, "Idempotency-Key", "k".repeat(101));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors())
        .containsExactly("Idempotency-Key: must be 1 to 100 printable ASCII characters");
    verify(bookings, times(1)).book(any());
  }

  @Test
  void everyRefusedCitizenFieldIsNamedByItsPath() {
    Api.Response response =
        api.post(
            "/api/v1/appointments",
            DIRECT.replace(
                CITIZEN,
                """
        {"insz": "85.07.31", "name": " ", "email": "an.peeters", "language": "de"}"""));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors())
        .containsExactlyInAnyOrder(
            "citizen.insz: must be 11 digits, written YYMMDD-SSS-CC",
            "citizen.language: must be one of nl, fr, en",
            "citizen.name: is required",
            "citizen.email: must be an e-mail address");
    verifyNoInteractions(bookings, appointments);
  }

  @Test
  void aBookingWithoutCitizenOrSlotIsRefused() {
    Api.Response response = api.post("/api/v1/appointments", "{}");

    assertThat(response.errors())
        .containsExactlyInAnyOrder(
            "products: name at least one product",
            "location: is required",
            "start: is required",
            "citizen: is required");
    verifyNoInteractions(bookings, appointments);
  }

  @Test
  void anExpiredHoldIsAConflictWithItsReason() {
    doThrow(
            new ConflictException(
                "hold-expired", "the hold has expired; search again and hold a new slot"))
        .when(bookings)
        .book(any());

    Api.Response response = api.post("/api/v1/appointments", FROM_HOLD);

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/conflict");
    assertThat(response.at("reason")).isEqualTo("hold-expired");
  }

  @Test
  void showsTheAppointmentToWhoeverHoldsItsCodeWithoutTheCode() {
    Api.Response response = api.get(APPOINTMENT, "X-Management-Code", MANAGEMENT_CODE);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("reference")).isEqualTo("K7M-4QXD");
    assertThat(response.at("start")).isEqualTo("2026-11-24T18:00:00+01:00");
    assertThat(response.at("citizen.insz")).isEqualTo("850731-***-**");
    assertThat(response.has("managementCode")).isFalse();
  }

  @Test
  void theCodeMayComeAsAQueryParameterAndTheReferenceInLowerCase() {
    Api.Response response = api.get("/api/v1/appointments/k7m-4qxd?code=" + MANAGEMENT_CODE);

    assertThat(response.status()).isEqualTo(200);
    verify(appointments).get(REFERENCE, MANAGEMENT_CODE);
  }

  @Test
  void withoutACodeNothingIsLookedUp() {
    Api.Response response = api.get(APPOINTMENT);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("X-Management-Code");
    verifyNoInteractions(bookings, appointments);
  }

  @Test
  void aWrongCodeIsNotFound() {
    when(appointments.get(eq(REFERENCE), anyString()))
        .thenThrow(new NotFoundException("appointment", "K7M-4QXD"));

    Api.Response response = api.get(APPOINTMENT, "X-Management-Code", "guess");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.at("type")).isEqualTo("/problems/not-found");
  }

  @Test
  void aMalformedReferenceIsNamed() {
    Api.Response response =
        api.get("/api/v1/appointments/K0M-4QXD", "X-Management-Code", MANAGEMENT_CODE);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("reference");
    verifyNoInteractions(bookings, appointments);
  }

  @Test
  void reschedulesToTheNewSlotInBrusselsTime() {
    when(appointments.reschedule(any())).thenReturn(booked());

    Api.Response response =
        api.post(
            APPOINTMENT + "/reschedule",
            "{\"location\": \"districtshuis-merksem\", \"start\": \"2026-11-25T08:00:00Z\"}",
            "X-Management-Code",
            MANAGEMENT_CODE);

    assertThat(response.status()).isEqualTo(200);
    verify(appointments)
        .reschedule(
            new RescheduleCommand(
                REFERENCE, MANAGEMENT_CODE, MERKSEM, LocalDateTime.of(2026, 11, 25, 9, 0)));
  }

  @Test
  void aRescheduleWithoutOffsetIsRefused() {
    Api.Response response =
        api.post(
            APPOINTMENT + "/reschedule",
            "{\"location\": \"districtshuis-merksem\", \"start\": \"2026-11-25T09:00\"}",
            "X-Management-Code",
            MANAGEMENT_CODE);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("start");
    verifyNoInteractions(bookings, appointments);
  }

  @Test
  void cancels() {
    when(appointments.cancel(REFERENCE, MANAGEMENT_CODE))
        .thenReturn(BookingData.appointment(WINTER, AppointmentStatus.CANCELLED));

    Api.Response response =
        api.post(APPOINTMENT + "/cancel", null, "X-Management-Code", MANAGEMENT_CODE);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("status")).isEqualTo("CANCELLED");
  }

  @Test
  void cancellingAStartedAppointmentIsAConflict() {
    when(appointments.cancel(REFERENCE, MANAGEMENT_CODE))
        .thenThrow(
            new ConflictException(
                "started", "an appointment that has started can no longer be cancelled"));

    Api.Response response =
        api.post(APPOINTMENT + "/cancel", null, "X-Management-Code", MANAGEMENT_CODE);

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.at("reason")).isEqualTo("started");
  }

  @Test
  void theCitizenChecksInWithTheirCode() {
    when(visits.checkIn(REFERENCE, null))
        .thenReturn(BookingData.appointment(WINTER, AppointmentStatus.CHECKED_IN));

    Api.Response response =
        api.post(APPOINTMENT + "/check-in", null, "X-Management-Code", MANAGEMENT_CODE);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("status")).isEqualTo("CHECKED_IN");
    assertThat(response.has("desk")).as("the public view").isFalse();
    verify(appointments).get(REFERENCE, MANAGEMENT_CODE);
  }

  @Test
  void aWrongCodeChecksNobodyIn() {
    when(appointments.get(eq(REFERENCE), anyString()))
        .thenThrow(new NotFoundException("appointment", "K7M-4QXD"));

    Api.Response response = api.post(APPOINTMENT + "/check-in", null, "X-Management-Code", "guess");

    assertThat(response.status()).isEqualTo(404);
    verifyNoInteractions(visits);
  }

  @Test
  void aCheckInTooLateIsAConflict() {
    when(visits.checkIn(REFERENCE, null))
        .thenThrow(
            new ConflictException(
                "too-late", "the grace period of 10 minutes after the start has passed"));

    Api.Response response =
        api.post(APPOINTMENT + "/check-in", null, "X-Management-Code", MANAGEMENT_CODE);

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.at("reason")).isEqualTo("too-late");
  }

  @Test
  void anUnreadableBodyIsMalformedJson() {
    Api.Response response = api.post("/api/v1/appointments", "{\"citizen\": ");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.at("type")).isEqualTo("/problems/malformed-json");
    verifyNoInteractions(bookings, appointments);
  }

  private BookCommand captured() {
    ArgumentCaptor<BookCommand> command = ArgumentCaptor.forClass(BookCommand.class);
    verify(bookings).book(command.capture());
    return command.getValue();
  }

  @Test
  void aCitizenWhoLostTheLinkAsksForANewOneByWhatTheyBookedWith() {
    Api.Response response =
        api.post(
            "/api/v1/appointments/link-requests",
            "{\"email\": \" an.peeters@example.be \", \"phone\": \"+32 470 12 34 56\"}");

    assertThat(response.status()).as(response.body()).isEqualTo(202);
    assertThat(response.body()).isEmpty();
    verify(recovery)
        .requestLink(new LinkRequest(null, "an.peeters@example.be", "+32 470 12 34 56"));
  }

  @Test
  void aLinkRequestByReferenceIsAnsweredTheSameWay() {
    Api.Response response =
        api.post("/api/v1/appointments/link-requests", "{\"reference\": \"K7M-4QXD\"}");

    assertThat(response.status()).isEqualTo(202);
    verify(recovery).requestLink(new LinkRequest(REFERENCE, null, null));
  }

  @Test
  void aLinkRequestThatNamesNothingOrSomethingMalformedIsRefused() {
    Api.Response empty = api.post("/api/v1/appointments/link-requests", "{}");
    Api.Response malformed =
        api.post(
            "/api/v1/appointments/link-requests",
            "{\"reference\": \"x\", \"email\": \"not-an-address\"}");

    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.errorFields()).containsExactly("email");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.errorFields()).containsExactly("reference");
    verifyNoInteractions(recovery);
  }
}
