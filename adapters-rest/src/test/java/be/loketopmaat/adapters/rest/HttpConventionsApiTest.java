package be.loketopmaat.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import be.loketopmaat.domain.city.CityProfile;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The headers integrators expect on every answer: reference data with an ETag that revalidates to
 * 304 and a short max-age; personal answers and problems never stored; security headers on all.
 */
@MicronautTest
class HttpConventionsApiTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject CityProfileUseCase city;
  @Inject ManageAppointmentUseCase bookings;
  Api api;

  @MockBean(CityProfileUseCase.class)
  CityProfileUseCase city() {
    return mock(CityProfileUseCase.class);
  }

  @MockBean(ManageAppointmentUseCase.class)
  ManageAppointmentUseCase bookings() {
    return mock(ManageAppointmentUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    when(city.cityProfile()).thenReturn(TestData.antwerp());
  }

  @Test
  void referenceDataCarriesAnEtagThatRevalidatesTo304() {
    Api.Response first = api.get("/api/v1/city");
    String etag = first.header("ETag");

    assertThat(first.status()).isEqualTo(200);
    assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
    assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=10");
    assertThat(first.contentType()).isEqualTo("application/json");
    assertThat(first.json()).isNotNull();
    assertThat(api.get("/api/v1/city").header("ETag"))
        .as("the same data, the same tag")
        .isEqualTo(etag);

    Api.Response again = api.get("/api/v1/city", "If-None-Match", "\"other\", " + etag);
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(etag);

    Api.Response stale = api.get("/api/v1/city", "If-None-Match", "\"other\"");
    assertThat(stale.status()).isEqualTo(200);
  }

  @Test
  void changedReferenceDataGetsAnotherTag() {
    String before = api.get("/api/v1/city").header("ETag");
    CityProfile antwerp = TestData.antwerp();
    when(city.cityProfile())
        .thenReturn(
            new CityProfile(
                antwerp.code(),
                "Stad Antwerpen",
                antwerp.contactCentre(),
                antwerp.eCounterUrl(),
                antwerp.appUrl(),
                antwerp.districts(),
                antwerp.themesByLocationType(),
                antwerp.holidays()));

    Api.Response after = api.get("/api/v1/city", "If-None-Match", before);

    assertThat(after.status()).isEqualTo(200);
    assertThat(after.header("ETag")).isNotEqualTo(before);
  }

  @Test
  void aPersonalAnswerAndAProblemAreNeverStored() {
    when(bookings.calendar(BookingData.REFERENCE, BookingData.MANAGEMENT_CODE))
        .thenReturn("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    when(bookings.calendar(BookingData.REFERENCE, "guess"))
        .thenThrow(new NotFoundException("appointment", "K7M-4QXD"));
    String path = "/api/v1/appointments/K7M-4QXD/calendar.ics";

    Api.Response mine = api.get(path, "X-Management-Code", BookingData.MANAGEMENT_CODE);
    Api.Response problem = api.get(path, "X-Management-Code", "guess");

    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.header("Cache-Control")).isEqualTo("no-store");
    assertThat(mine.header("ETag")).isNull();
    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void everyAnswerHasTheSecurityHeaders() {
    for (Api.Response response :
        List.of(api.get("/api/v1/city"), api.get("/api/v1/nothing-here"))) {
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }
  }
}
