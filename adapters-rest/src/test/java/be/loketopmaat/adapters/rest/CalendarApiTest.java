package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.BookingData.MANAGEMENT_CODE;
import static be.loketopmaat.adapters.rest.BookingData.REFERENCE;
import static be.loketopmaat.adapters.rest.BookingData.SUMMER;
import static be.loketopmaat.adapters.rest.BookingData.booked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.notification.AppointmentCalendar;
import be.loketopmaat.domain.notification.CalendarOrganizer;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The calendar over HTTP: the use case writes the event (its content and its validity are tested
 * with ical4j in the application's {@code AppointmentCalendarEventsTest}); here, that it leaves as
 * {@code text/calendar} in UTF-8 with CRLF line ends and a file name, with the code taken from the
 * header or the query, and that a wrong code or a malformed reference is a problem, never a
 * calendar.
 */
@MicronautTest
class CalendarApiTest {
  static final String ICS = "/api/v1/appointments/K7M-4QXD/calendar.ics";
  static final CalendarOrganizer CITY =
      new CalendarOrganizer("Antwerpen", "afspraken@antwerpen.be");
  static final Instant STAMP = Instant.parse("2026-11-20T23:30:00Z");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject ManageAppointmentUseCase bookings;
  Api api;

  @MockBean(ManageAppointmentUseCase.class)
  ManageAppointmentUseCase bookings() {
    return mock(ManageAppointmentUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    answer(booked());
  }

  /** The use case answers with this appointment's event, at an awkward location. */
  private void answer(Appointment appointment) {
    // Every character RFC 5545 escapes, and a name long enough to be folded.
    when(bookings.calendar(REFERENCE, MANAGEMENT_CODE))
        .thenReturn(
            AppointmentCalendar.event(
                appointment,
                CITY,
                "Districtshuis Deurne; ingang C\\D, achter de bibliotheek (2e verdieping)",
                "Maurice Dequeeckerplein 1, 2100 Deurne",
                List.of("Identiteitskaart (eID) aanvragen"),
                STAMP));
  }

  @Test
  void isAnICalendarEventWithCrlfLineEnds() {
    Api.Response response = api.get(ICS + "?code=" + MANAGEMENT_CODE);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("text/calendar");
    assertThat(response.header("Content-Type")).containsIgnoringCase("charset=utf-8");
    assertThat(response.header("Content-Disposition")).contains("appointment-K7M-4QXD.ics");
    String body = response.body();
    assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(body.replace("\r\n", ""))
        .as("no bare line feed or carriage return")
        .doesNotContain("\n", "\r");
    assertThat(unfolded(body))
        .contains(
            "VERSION:2.0",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:appointment-K7M-4QXD@loket-op-maat",
            "SEQUENCE:0",
            "ORGANIZER;CN=\"Antwerpen\":mailto:afspraken@antwerpen.be",
            "DTSTAMP:20261120T233000Z",
            "DTSTART:20261124T170000Z",
            "DTEND:20261124T172000Z",
            "STATUS:CONFIRMED",
            "END:VEVENT");
  }

  @Test
  void escapesTextAndFoldsLongLinesAt75Octets() {
    String body = api.get(ICS, "X-Management-Code", MANAGEMENT_CODE).body();

    assertThat(unfolded(body))
        .contains(
            "LOCATION:Districtshuis Deurne\\; ingang C\\\\D\\, achter de bibliotheek (2e verdieping)\\, Maurice"
                + " Dequeeckerplein 1\\, 2100 Deurne",
            "SUMMARY:Afspraak: Districtshuis Deurne\\; ingang C\\\\D\\, achter de bibliotheek (2e verdieping)",
            "DESCRIPTION:Referentie: K7M-4QXD\\nProducten: Identiteitskaart (eID) aanvragen");
    String[] lines = body.split("\r\n", -1);
    assertThat(
            Arrays.stream(lines)
                .mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length)
                .max()
                .orElse(0))
        .isLessThanOrEqualTo(75);
    assertThat(lines)
        .as("the long LOCATION line was folded")
        .anyMatch(line -> line.startsWith(" "));
  }

  @Test
  void aSummerAppointmentIsTwoHoursAheadOfUtc() {
    answer(BookingData.appointment(SUMMER, AppointmentStatus.BOOKED));

    String body = api.get(ICS, "X-Management-Code", MANAGEMENT_CODE).body();

    assertThat(unfolded(body)).contains("DTSTART:20270612T073000Z", "DTEND:20270612T075000Z");
  }

  @Test
  void aCancelledAppointmentIsTheEventsCancellation() {
    answer(BookingData.appointment(BookingData.WINTER, AppointmentStatus.CANCELLED));

    assertThat(unfolded(api.get(ICS, "X-Management-Code", MANAGEMENT_CODE).body()))
        .contains("METHOD:CANCEL", "STATUS:CANCELLED");
  }

  @Test
  void aWrongCodeIsAProblemNotACalendar() {
    when(bookings.calendar(eq(REFERENCE), anyString()))
        .thenThrow(new NotFoundException("appointment", "K7M-4QXD"));

    Api.Response response = api.get(ICS + "?code=guess");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(Api.PROBLEM_JSON);
  }

  @Test
  void aMalformedReferenceOrNoCodeIsA400() {
    Api.Response malformed = api.get("/api/v1/appointments/not-a-ref!/calendar.ics?code=x");
    Api.Response noCode = api.get(ICS);

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(noCode.status()).isEqualTo(400);
    assertThat(noCode.contentType()).isEqualTo(Api.PROBLEM_JSON);
    verify(bookings, never()).calendar(any(), eq("x"));
  }

  @Test
  void aClientThatAcceptsOnlyProblemsGetsTheCalendarButOneAskingForJsonIsRefused() {
    // Generated clients ask for a non-JSON answer with the error type only, since it is the JSON
    // one among the types the operation lists: the file still comes, as RFC 9110 allows.
    Api.Response problemsOnly =
        api.get(ICS + "?code=" + MANAGEMENT_CODE, "Accept", Api.PROBLEM_JSON);
    Api.Response json = api.get(ICS + "?code=" + MANAGEMENT_CODE, "Accept", "application/json");

    assertThat(problemsOnly.status()).isEqualTo(200);
    assertThat(problemsOnly.contentType()).isEqualTo("text/calendar");
    assertThat(problemsOnly.body()).startsWith("BEGIN:VCALENDAR");
    assertThat(json.status()).isEqualTo(406);
    assertThat(json.contentType()).isEqualTo(Api.PROBLEM_JSON);
  }

  /** RFC 5545, 3.1: a line break followed by one space is removed when reading. */
  private static String unfolded(String body) {
    return body.replace("\r\n ", "");
  }
}
