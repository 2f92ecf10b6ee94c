package be.loketopmaat.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.CityProfileUseCase;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Every answer names its request, every problem too, and the access log writes the route's template
 * with that id, never the path or query as sent.
 */
@MicronautTest
class RequestIdApiTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject CityProfileUseCase city;
  private final ListAppender<ILoggingEvent> access = new ListAppender<>();
  Api api;

  @MockBean(CityProfileUseCase.class)
  CityProfileUseCase city() {
    return mock(CityProfileUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    when(city.cityProfile()).thenReturn(TestData.antwerp());
    access.start();
    Logger log = (Logger) LoggerFactory.getLogger("loket.access");
    log.setLevel(Level.INFO);
    log.addAppender(access);
  }

  @AfterEach
  void tearDown() {
    ((Logger) LoggerFactory.getLogger("loket.access")).detachAppender(access);
  }

  @Test
  void aGatewaysIdIsKeptAndAnAwkwardOneReplaced() {
    assertThat(api.get("/api/v1/city", "X-Request-Id", "gw-1234abcd").header("X-Request-Id"))
        .isEqualTo("gw-1234abcd");
    assertThat(api.get("/api/v1/city", "X-Request-Id", "a b<script>").header("X-Request-Id"))
        .matches("[0-9a-f-]{36}");
    assertThat(api.get("/api/v1/city").header("X-Request-Id")).matches("[0-9a-f-]{36}");
  }

  @Test
  void aProblemNamesItsRequest() {
    Api.Response problem = api.get("/api/v1/nothing-here", "X-Request-Id", "req-00000001");

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.contentType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(problem.json()).extracting("requestId").isEqualTo("req-00000001");
  }

  @Test
  void theAccessLogWritesTheRouteTemplateNeverThePathOrQuery() {
    api.get("/api/v1/city?insz=85073100328", "X-Request-Id", "req-00000002");
    api.get(
        "/api/v1/appointments/K7M-4QXD/calendar.ics?code=secret-code", "X-Request-Id", "req-3a");

    List<String> lines = access.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).anyMatch(line -> line.startsWith("GET /api/v1/city 200 "));
    assertThat(lines)
        .anyMatch(line -> line.startsWith("GET /api/v1/appointments/{reference}/calendar.ics "));
    assertThat(String.join("\n", lines)).doesNotContain("85073100328", "secret-code", "K7M-4QXD");
    assertThat(access.list)
        .filteredOn(e -> e.getFormattedMessage().startsWith("GET /api/v1/city "))
        .allSatisfy(
            e -> assertThat(e.getMDCPropertyMap()).containsEntry("requestId", "req-00000002"));
  }

  @Test
  void aLogLineWrittenWhileServingCarriesTheIdAndTheProblemQuotesIt() {
    ListAppender<ILoggingEvent> errors = new ListAppender<>();
    errors.start();
    Logger log =
        (Logger)
            LoggerFactory.getLogger(
                "be.loketopmaat.adapters.rest.problem.UnexpectedExceptionHandler");
    log.addAppender(errors);
    try {
      // This context has no locations use case: the route fails inside, as a defect would.
      Api.Response failed =
          api.get("/api/v1/locations/districtshuis-deurne", "X-Request-Id", "req-00000005");

      assertThat(failed.status()).isEqualTo(500);
      assertThat(failed.json()).extracting("requestId").isEqualTo("req-00000005");
      assertThat(failed.json()).extracting("detail").asString().contains("req-00000005");
      assertThat(errors.list)
          .singleElement()
          .satisfies(
              e -> assertThat(e.getMDCPropertyMap()).containsEntry("requestId", "req-00000005"));
    } finally {
      log.detachAppender(errors);
    }
  }
}
