package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import be.loketopmaat.application.port.in.BrowseLocationsUseCase;
import be.loketopmaat.application.port.in.CounterAgendaUseCase;
import be.loketopmaat.application.port.in.CounterQueueUseCase;
import be.loketopmaat.application.port.in.HoldSlotUseCase;
import be.loketopmaat.application.port.in.ManageLocationsUseCase;
import io.micronaut.context.annotation.Property;
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
 * A value of the wrong JSON type is refused by its path, never coerced into something the client
 * did not mean (a midnight opening, a number as a reason, a list as a national number), and changes
 * nothing.
 */
@MicronautTest
@Property(name = "loket.rate-limit.enabled", value = "false")
class StrictInputApiTest {
  private static final String EXCEPTIONS =
      "/api/v1/staff/locations/districtshuis-deurne/calendar-exceptions";
  private static final String BLOCKS =
      "/api/v1/staff/locations/districtshuis-deurne/desks/desk-1/blocks";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject ManageLocationsUseCase locations;
  @Inject CounterAgendaUseCase agenda;
  @Inject HoldSlotUseCase holds;
  Api api;

  @MockBean(ManageLocationsUseCase.class)
  ManageLocationsUseCase locations() {
    return mock(ManageLocationsUseCase.class);
  }

  @MockBean(BrowseLocationsUseCase.class)
  BrowseLocationsUseCase browse() {
    return mock(BrowseLocationsUseCase.class);
  }

  @MockBean(CounterAgendaUseCase.class)
  CounterAgendaUseCase agenda() {
    return mock(CounterAgendaUseCase.class);
  }

  @MockBean(CounterQueueUseCase.class)
  CounterQueueUseCase queue() {
    return mock(CounterQueueUseCase.class);
  }

  @MockBean(HoldSlotUseCase.class)
  HoldSlotUseCase holds() {
    return mock(HoldSlotUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
  }

  @AfterEach
  void nothingChanged() {
    verifyNoInteractions(locations, agenda, holds);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"9\"'      | windows[0].start",
        "9            | windows[0].start",
        "'\"9:00\"'   | windows[0].start",
        "'\"24:00\"'  | windows[0].start",
        "'\"09:00:30\"' | windows[0].start",
        "'\"09:60\"'  | windows[0].start",
        "null         | windows[0].start"
      })
  void anOpeningTimeIsAStringHhMm(String start, String field) {
    Api.Response response =
        api.staff(
            "POST",
            EXCEPTIONS,
            "{\"kind\": \"EXTRA_OPENING\", \"from\": \"2027-03-06\", \"to\": \"2027-03-06\","
                + " \"windows\": [{\"start\": "
                + start
                + ", \"end\": \"10:00\"}], \"reason\": {\"nl\": \"x\", \"fr\": \"x\", \"en\": \"x\"}}");

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.errorFields()).contains(field);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"123", "true", "'[\"x\"]'", "'{\"nl\": \"x\"}'"})
  void aReasonIsText(String reason) {
    Api.Response response =
        api.staff(
            "POST",
            BLOCKS,
            "{\"start\": \"2026-11-24T17:00:00Z\", \"end\": \"2026-11-24T18:00:00Z\", \"reason\": "
                + reason
                + "}");

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("reason");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"85073103395", "'[\"85.07.31-033.95\"]'", "false"})
  void aNationalNumberIsAString(String insz) {
    Api.Response response =
        api.post(
            "/api/v1/holds",
            "{\"products\": [\"eid-application\"], \"location\": \"districtshuis-deurne\","
                + " \"start\": \"2026-11-24T17:00:00+00:00\", \"insz\": "
                + insz
                + "}");

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("insz");
  }
}
