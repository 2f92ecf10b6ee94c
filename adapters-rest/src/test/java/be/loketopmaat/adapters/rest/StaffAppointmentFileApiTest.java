package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.BookingData.DEURNE;
import static be.loketopmaat.adapters.rest.BookingData.INSZ;
import static be.loketopmaat.adapters.rest.BookingData.MERKSEM;
import static be.loketopmaat.adapters.rest.BookingData.REFERENCE;
import static be.loketopmaat.adapters.rest.BookingData.WINTER;
import static be.loketopmaat.adapters.rest.BookingData.booked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase.AppointmentFile;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase.Search;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase.StaffReschedule;
import be.loketopmaat.application.port.in.VisitUseCase;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.staff.StaffAction;
import be.loketopmaat.domain.staff.StaffActionKind;
import be.loketopmaat.domain.staff.StaffMember;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Staff find a citizen's appointment, look at it with its history, move, cancel or re-link it. */
@MicronautTest
@Property(name = "loket.rate-limit.enabled", value = "false")
class StaffAppointmentFileApiTest {
  static final StaffMember SHARED = StaffAppointmentApiTest.SHARED;
  static final String FILE = "/api/v1/staff/appointments/K7M-4QXD";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject StaffAppointmentsUseCase staff;
  Api api;

  @MockBean(StaffAppointmentsUseCase.class)
  StaffAppointmentsUseCase staff() {
    return mock(StaffAppointmentsUseCase.class);
  }

  // The controller's other use cases, unused here.
  @MockBean(BookAppointmentUseCase.class)
  BookAppointmentUseCase bookings() {
    return mock(BookAppointmentUseCase.class);
  }

  @MockBean(VisitUseCase.class)
  VisitUseCase visits() {
    return mock(VisitUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
  }

  @Test
  void findsByEveryCriterionGiven() {
    when(staff.search(any(), any())).thenReturn(List.of(booked()));

    Api.Response response =
        api.staff(
            "GET",
            "/api/v1/staff/appointments?insz=85.07.31-033.95&name=peet&date=2026-11-24"
                + "&location=districtshuis-deurne&limit=5",
            null);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.at("[0].reference")).isEqualTo("K7M-4QXD");
    assertThat(response.at("[0].citizen.insz")).isEqualTo("850731-***-**");
    ArgumentCaptor<Search> search = ArgumentCaptor.forClass(Search.class);
    verify(staff).search(search.capture(), eq(SHARED));
    assertThat(search.getValue())
        .isEqualTo(
            new Search(
                null, NationalNumber.of(INSZ), "peet", LocalDate.of(2026, 11, 24), DEURNE, 5));
  }

  @Test
  void refusesEveryMalformedCriterionByNameAndSearchesNothing() {
    Api.Response response =
        api.staff(
            "GET",
            "/api/v1/staff/appointments?reference=nope&insz=123&date=24-11-2026&limit=lots",
            null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields())
        .containsExactlyInAnyOrder("reference", "insz", "date", "limit");
    verifyNoInteractions(staff);
  }

  @Test
  void aSearchWithoutAnyIdentifyingCriterionIsRefused() {
    Api.Response response =
        api.staff("GET", "/api/v1/staff/appointments?location=districtshuis-deurne", null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("reference");
    verifyNoInteractions(staff);
  }

  @Test
  void showsTheAppointmentWithWhoDidWhatAndWhy() {
    StaffAction moved =
        new StaffAction(
            java.util.UUID.fromString("5b1f0e9c-3f55-4b1a-9a56-3e1f6f1d2c0a"),
            REFERENCE,
            new StaffMember("sub-4711", "Els Agent"),
            Instant.parse("2026-11-20T09:12:31Z"),
            StaffActionKind.MOVED,
            "districtshuis-deurne 2026-11-23T18:00 -> districtshuis-deurne 2026-11-24T18:00",
            "Caller has to work on Monday");
    when(staff.view(REFERENCE, SHARED)).thenReturn(new AppointmentFile(booked(), List.of(moved)));

    Api.Response response = api.staff("GET", FILE, null);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.at("appointment.reference")).isEqualTo("K7M-4QXD");
    assertThat(response.at("appointment.desk")).isEqualTo("desk-1");
    assertThat(response.at("history[0].kind")).isEqualTo("MOVED");
    assertThat(response.at("history[0].byId")).isEqualTo("sub-4711");
    assertThat(response.at("history[0].byName")).isEqualTo("Els Agent");
    assertThat(response.at("history[0].at")).isEqualTo("2026-11-20T09:12:31Z");
    assertThat(response.at("history[0].reason")).isEqualTo("Caller has to work on Monday");
  }

  @Test
  void theNameAStaffMemberGivesIsRecordedAsClaimedBehindTheSharedToken() {
    when(staff.view(any(), any())).thenReturn(new AppointmentFile(booked(), List.of()));

    api.sendWith(
        "GET",
        FILE,
        null,
        null,
        Map.of("Authorization", "Bearer " + Api.STAFF_TOKEN, "X-Staff-Member", " Els Agent "));

    verify(staff)
        .view(REFERENCE, new StaffMember("shared-token", "Els Agent (shared staff token)"));
  }

  @Test
  void aBlankStaffNameIsRefused() {
    Api.Response response =
        api.sendWith(
            "GET",
            FILE,
            null,
            null,
            Map.of("Authorization", "Bearer " + Api.STAFF_TOKEN, "X-Staff-Member", "  "));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("X-Staff-Member");
    verifyNoInteractions(staff);
  }

  @Test
  void movesTheAppointmentForTheCitizenWithTheirReason() {
    when(staff.reschedule(any()))
        .thenReturn(BookingData.appointment(WINTER, AppointmentStatus.BOOKED));

    Api.Response response =
        api.staff(
            "POST",
            FILE + "/reschedule",
            "{\"location\": \"districtshuis-merksem\", \"start\": \"2026-11-24T18:00:00+01:00\","
                + " \"reason\": \"Caller has to work on Monday\"}");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    verify(staff)
        .reschedule(
            new StaffReschedule(
                REFERENCE, MERKSEM, WINTER, SHARED, "Caller has to work on Monday"));
  }

  @Test
  void aMoveWithoutAReasonIsRefusedAndChangesNothing() {
    Api.Response response =
        api.staff(
            "POST",
            FILE + "/reschedule",
            "{\"location\": \"districtshuis-merksem\", \"start\": \"2026-11-24T18:00\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactlyInAnyOrder("start", "reason");
    verifyNoInteractions(staff);
  }

  @Test
  void cancelsForTheCitizenWithTheirReason() {
    when(staff.cancel(REFERENCE, SHARED, "Already has a card"))
        .thenReturn(BookingData.appointment(WINTER, AppointmentStatus.CANCELLED));

    Api.Response response =
        api.staff("POST", FILE + "/cancel", "{\"reason\": \"Already has a card\"}");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.at("status")).isEqualTo("CANCELLED");
  }

  @Test
  void sendsAFreshLinkWithoutShowingTheCode() {
    when(staff.sendManagementLink(REFERENCE, SHARED)).thenReturn(booked());

    Api.Response response = api.staff("POST", FILE + "/management-link", null);

    assertThat(response.status()).isEqualTo(202);
    assertThat(response.body()).doesNotContain("managementCode");
    verify(staff).sendManagementLink(REFERENCE, SHARED);
  }
}
