package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.CounterAgendaUseCase;
import be.loketopmaat.application.port.in.CounterQueueUseCase;
import be.loketopmaat.application.port.in.RemindCitizensUseCase;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase;
import be.loketopmaat.application.port.in.VisitUseCase;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every staff endpoint of the appointment and counter work refuses a request without the staff
 * token.
 */
@MicronautTest
class StaffAuthorizationTest {
  static final String UUID = "5c4b3a29-1807-4f6e-9d8c-7b6a59483726";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject BookAppointmentUseCase bookings;
  @Inject RemindCitizensUseCase reminders;
  Api api;

  @MockBean(BookAppointmentUseCase.class)
  BookAppointmentUseCase bookings() {
    return mock(BookAppointmentUseCase.class);
  }

  @Inject VisitUseCase visits;
  @Inject StaffAppointmentsUseCase staffAppointments;
  @Inject CounterQueueUseCase queue;
  @Inject CounterAgendaUseCase agenda;

  @MockBean(VisitUseCase.class)
  VisitUseCase visits() {
    return mock(VisitUseCase.class);
  }

  @MockBean(StaffAppointmentsUseCase.class)
  StaffAppointmentsUseCase staffAppointments() {
    return mock(StaffAppointmentsUseCase.class);
  }

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

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
  }

  @AfterEach
  void noUseCaseWasCalled() {
    verifyNoInteractions(bookings, staffAppointments, visits, queue, agenda, reminders);
  }

  @ParameterizedTest
  @CsvSource({
    "POST, /api/v1/staff/appointments",
    "POST, /api/v1/staff/appointments/K7M-4QXD/check-in",
    "POST, /api/v1/staff/appointments/K7M-4QXD/complete",
    "POST, /api/v1/staff/appointments/K7M-4QXD/no-show",
    "GET, /api/v1/staff/appointments?reference=K7M-4QXD",
    "GET, /api/v1/staff/appointments/K7M-4QXD",
    "POST, /api/v1/staff/appointments/K7M-4QXD/reschedule",
    "POST, /api/v1/staff/appointments/K7M-4QXD/cancel",
    "POST, /api/v1/staff/appointments/K7M-4QXD/management-link",
    "GET, /api/v1/staff/locations/districtshuis-deurne/day",
    "POST, /api/v1/staff/locations/districtshuis-deurne/desks/desk-1/call-next",
    "POST, /api/v1/staff/locations/districtshuis-deurne/tickets/" + UUID + "/close",
    "POST, /api/v1/staff/locations/districtshuis-deurne/desks/desk-1/blocks",
    "DELETE, /api/v1/staff/locations/districtshuis-deurne/desks/desk-1/blocks/" + UUID,
    "POST, /api/v1/staff/reminders",
    "GET, /api/v1/staff/messages",
    "POST, /api/v1/staff/messages/1/retry"
  })
  void withoutTheTokenIsUnauthorized(String method, String path) {
    Api.Response response = api.send(method, path, "application/json", "{}", null);

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/unauthorized");
  }

  @ParameterizedTest
  @CsvSource({
    "POST, /api/v1/staff/appointments",
    "POST, /api/v1/staff/locations/districtshuis-deurne/desks/desk-1/call-next",
    "POST, /api/v1/staff/reminders"
  })
  void withAWrongTokenIsUnauthorized(String method, String path) {
    Api.Response response =
        api.send(method, path, "application/json", "{}", "Bearer not-the-token");

    assertThat(response.status()).isEqualTo(401);
  }
}
