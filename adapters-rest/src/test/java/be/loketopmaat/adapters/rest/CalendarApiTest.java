package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.BookingData.DEURNE;
import static be.loketopmaat.adapters.rest.BookingData.MANAGEMENT_CODE;
import static be.loketopmaat.adapters.rest.BookingData.REFERENCE;
import static be.loketopmaat.adapters.rest.BookingData.SUMMER;
import static be.loketopmaat.adapters.rest.BookingData.booked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BrowseCatalogueUseCase;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase.LocationDetails;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.Location;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class CalendarApiTest {
  static final String ICS = "/api/v1/appointments/K7M-4QXD/calendar.ics";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject ManageAppointmentUseCase bookings;
  @Inject BrowseLocationsUseCase locations;
  Api api;

  @MockBean(ManageAppointmentUseCase.class)
  ManageAppointmentUseCase bookings() {
    return mock(ManageAppointmentUseCase.class);
  }

  @MockBean(BrowseLocationsUseCase.class)
  BrowseLocationsUseCase locations() {
    return mock(BrowseLocationsUseCase.class);
  }

  @Inject BrowseCatalogueUseCase catalogue;

  @MockBean(BrowseCatalogueUseCase.class)
  BrowseCatalogueUseCase catalogue() {
    return mock(BrowseCatalogueUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    when(bookings.get(REFERENCE, MANAGEMENT_CODE)).thenReturn(booked());
    Location deurne = TestData.deurne();
    // Every character RFC 5545 escapes, and a name long enough to be folded.
    Location awkward =
        new Location(
            deurne.code(),
            "Districtshuis Deurne; ingang C\\D, achter de bibliotheek (2e verdieping)",
            deurne.type(),
            deurne.district(),
            new Address("Maurice Dequeeckerplein 1", "2100", "Deurne"),
            deurne.coordinates(),
            deurne.facilities(),
            deurne.desks(),
            deurne.schedule(),
            deurne.exceptions());
    when(locations.getLocation(DEURNE)).thenReturn(new LocationDetails(awkward, Map.of()));
    when(catalogue.getProduct(BookingData.EID)).thenReturn(TestData.eidApplication());
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
            "BEGIN:VEVENT",
            "UID:appointment-K7M-4QXD@loket-op-maat",
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
            "DESCRIPTION:Referentie: K7M-4QXD\\nProducten: "
                + TestData.eidApplication().name().nl());
    String[] lines = body.split("\r\n");
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
    when(bookings.get(REFERENCE, MANAGEMENT_CODE))
        .thenReturn(BookingData.appointment(SUMMER, AppointmentStatus.BOOKED));

    String body = api.get(ICS, "X-Management-Code", MANAGEMENT_CODE).body();

    assertThat(unfolded(body)).contains("DTSTART:20270612T073000Z", "DTEND:20270612T075000Z");
  }

  @Test
  void aCancelledAppointmentIsACancelledEvent() {
    when(bookings.get(REFERENCE, MANAGEMENT_CODE))
        .thenReturn(BookingData.appointment(BookingData.WINTER, AppointmentStatus.CANCELLED));

    assertThat(unfolded(api.get(ICS, "X-Management-Code", MANAGEMENT_CODE).body()))
        .contains("STATUS:CANCELLED");
  }

  @Test
  void aLocationRemovedSinceBookingIsNamedByItsCode() {
    when(locations.getLocation(any()))
        .thenThrow(new NotFoundException("location", "districtshuis-deurne"));

    String body = api.get(ICS, "X-Management-Code", MANAGEMENT_CODE).body();

    assertThat(unfolded(body)).contains("LOCATION:districtshuis-deurne");
  }

  @Test
  void aWrongCodeIsAProblemNotACalendar() {
    when(bookings.get(eq(REFERENCE), anyString()))
        .thenThrow(new NotFoundException("appointment", "K7M-4QXD"));

    Api.Response response = api.get(ICS + "?code=guess");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(Api.PROBLEM_JSON);
    verifyNoInteractions(locations);
  }

  /** RFC 5545, 3.1: a line break followed by one space is removed when reading. */
  private static String unfolded(String body) {
    return body.replace("\r\n ", "");
  }
}
