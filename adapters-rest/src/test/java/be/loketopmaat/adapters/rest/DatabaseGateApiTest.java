package be.loketopmaat.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.DatabaseAvailabilityUseCase;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;

/**
 * While the database is away: what needs it is refused at once with 503 and Retry-After, without
 * reaching the use case; reference data is answered from memory and says so.
 */
@MicronautTest
class DatabaseGateApiTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject CityProfileUseCase city;
  @Inject ManageAppointmentUseCase bookings;
  @Inject DatabaseAvailabilityUseCase database;
  Api api;

  @MockBean(CityProfileUseCase.class)
  CityProfileUseCase city() {
    return mock(CityProfileUseCase.class);
  }

  @MockBean(ManageAppointmentUseCase.class)
  ManageAppointmentUseCase bookings() {
    return mock(ManageAppointmentUseCase.class);
  }

  @MockBean(DatabaseAvailabilityUseCase.class)
  DatabaseAvailabilityUseCase database() {
    return mock(DatabaseAvailabilityUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    when(city.cityProfile()).thenReturn(TestData.antwerp());
    when(database.retryAfter()).thenReturn(Duration.ofSeconds(5));
  }

  @Test
  void awayWhatNeedsTheDatabaseIsA503WithRetryAfterInTheAskersLanguage() {
    when(database.databaseAvailable()).thenReturn(false);

    Api.Response refused =
        api.get(
            "/api/v1/appointments/K7M-4QXD/calendar.ics",
            "X-Management-Code",
            "abc",
            "Accept-Language",
            "nl");

    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.contentType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(refused.header("Retry-After")).isEqualTo("5");
    assertThat(refused.json()).extracting("type").isEqualTo("/problems/database-unavailable");
    assertThat(refused.json()).extracting("title").isEqualTo("Databank onbereikbaar");
    verify(bookings, never()).calendar(ArgumentMatchers.any(), ArgumentMatchers.any());
  }

  @Test
  void awayReferenceDataIsServedFromMemorySayingSo() {
    when(database.databaseAvailable()).thenReturn(false);

    Api.Response cityProfile = api.get("/api/v1/city");

    assertThat(cityProfile.status()).isEqualTo(200);
    assertThat(cityProfile.header("X-Served-From")).isEqualTo("memory");
    assertThat(api.get("/problems/database-unavailable").status())
        .as("the page that explains the outage needs no database")
        .isEqualTo(200);
  }

  @Test
  void backEverythingIsServedAsUsual() {
    when(database.databaseAvailable()).thenReturn(true);
    when(bookings.calendar(BookingData.REFERENCE, BookingData.MANAGEMENT_CODE))
        .thenReturn("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

    Api.Response calendar =
        api.get(
            "/api/v1/appointments/K7M-4QXD/calendar.ics",
            "X-Management-Code",
            BookingData.MANAGEMENT_CODE);

    assertThat(calendar.status()).isEqualTo(200);
    assertThat(api.get("/api/v1/city").header("X-Served-From")).isNull();
  }
}
