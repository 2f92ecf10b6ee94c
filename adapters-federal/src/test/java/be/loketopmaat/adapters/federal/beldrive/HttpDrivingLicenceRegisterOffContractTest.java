package be.loketopmaat.adapters.federal.beldrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.simulator.MagdaPersonas;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.ApplicationRefusedException;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.Contact;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.LicenceEvent;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.LicenceState;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.NisCode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter against a stub that answers whatever a test wants, in or out of the contract: every
 * answer the contract does not allow is a {@link SystemUnavailableException} that says what was
 * wrong, never a JSON library's or the domain's exception.
 */
class HttpDrivingLicenceRegisterOffContractTest {
  private static final String EVENT =
      """
      {"sequence":%d,"applicationId":"BD2026-000001",
       "holder":{"nationalNumber":"85073100328","name":"Jan Peeters"},
       "category":"B","state":"%s","deliveryPoint":"districtshuis-deurne",
       "at":"2026-12-02T10:00:00+01:00"}""";

  private static final LocalDateTime AT = LocalDateTime.parse("2026-12-11T14:30:00");

  private record Canned(int status, String contentType, String body) {}

  private final AtomicReference<Canned> answer = new AtomicReference<>();
  private final AtomicReference<String> lastRequest = new AtomicReference<>();
  private final AtomicReference<String> lastBody = new AtomicReference<>();
  private HttpServer stub;
  private HttpDrivingLicenceRegister register;

  @BeforeEach
  void start() throws IOException {
    stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    stub.createContext(
        "/",
        exchange -> {
          try (exchange) {
            lastRequest.set(
                exchange.getRequestMethod()
                    + " "
                    + exchange.getRequestURI()
                    + " "
                    + exchange.getRequestHeaders().getFirst("Authorization")
                    + " "
                    + exchange.getRequestHeaders().getFirst("X-Municipality")
                    + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type"));
            lastBody.set(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Canned canned = answer.get();
            byte[] body = canned.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", canned.contentType());
            exchange.sendResponseHeaders(canned.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            }
          }
        });
    stub.start();
    register =
        new HttpDrivingLicenceRegister(
            EndpointSettings.plain(
                URI.create("http://127.0.0.1:" + stub.getAddress().getPort()),
                Duration.ofMillis(500),
                Duration.ofSeconds(2)),
            new PartnerCredentials(NisCode.ANTWERP, "the-key"),
            new CircuitBreakerSettings(50f, 100, 100, Duration.ofMinutes(1), 1));
  }

  @AfterEach
  void stop() {
    stub.stop(0);
  }

  private void answer(int status, String body) {
    answer.set(new Canned(status, "application/json", body));
  }

  private static String event(long sequence, String state) {
    return EVENT.formatted(sequence, state);
  }

  private static String page(String events, long next) {
    return "{\"events\":[" + events + "],\"next\":" + next + "}";
  }

  @Test
  void everyCallNamesTheMunicipalityAndCarriesTheKey() {
    answer(200, page("", 7));

    assertThat(register.eventsAfter(7, 20).cursor()).isEqualTo(7);
    assertThat(lastRequest.get())
        .isEqualTo("GET /v1/applications/events?after=7&limit=20 Bearer the-key 11002 null");
  }

  @Test
  void aHandOverIsPostedWithItsTimeAndOffset() {
    answer(204, "");

    register.delivered("BD2026-000001", LocalDateTime.parse("2026-12-11T14:30:00"));
    assertThat(lastRequest.get())
        .isEqualTo(
            "POST /v1/applications/BD2026-000001/delivery Bearer the-key 11002 application/json");
    assertThat(lastBody.get()).isEqualTo("{\"deliveredAt\":\"2026-12-11T14:30:00+01:00\"}");

    register.delivered("BD2026-000001", LocalDateTime.parse("2026-07-01T09:00:00"));
    assertThat(lastBody.get()).isEqualTo("{\"deliveredAt\":\"2026-07-01T09:00:00+02:00\"}");
  }

  @Test
  void anEventIsReadWholeAndAnOffsetDateTimeBecomesTheCitysLocalTime() {
    answer(
        200,
        page(
            """
            {"sequence":3,"applicationId":"BD2026-000001",
             "holder":{"nationalNumber":"85073100328","name":"Jan Peeters","born":"1985"},
             "category":"C1E","state":"READY_FOR_PICKUP","deliveryPoint":"districtshuis-deurne",
             "at":"2026-12-02T08:00:00Z","somethingNew":true},
            {"sequence":5,"applicationId":"BD2026-000002",
             "holder":{"nationalNumber":"85073100328","name":"Jan Peeters",
                       "email":"not an address","language":"de"},
             "category":"B","state":"REFUSED","at":"2026-07-01T08:00:00-02:00",
             "reason":"late"}""",
            5));

    var events = register.eventsAfter(0, 10);

    assertThat(events.events())
        .containsExactly(
            new LicenceEvent(
                3,
                "BD2026-000001",
                MagdaPersonas.ANTWERP_RESIDENT,
                "Jan Peeters",
                "C1E",
                LicenceState.READY_FOR_PICKUP,
                new LocationCode("districtshuis-deurne"),
                LocalDateTime.parse("2026-12-02T09:00:00"),
                null,
                null),
            new LicenceEvent(
                5,
                "BD2026-000002",
                MagdaPersonas.ANTWERP_RESIDENT,
                "Jan Peeters",
                "B",
                LicenceState.REFUSED,
                null,
                LocalDateTime.parse("2026-07-01T12:00:00"),
                "late",
                new Contact("not an address", null, null)));
    assertThat(events.cursor()).isEqualTo(5);
  }

  @Test
  void everyContractStateHasItsPortState() {
    BelDriveContract.State[] states = BelDriveContract.State.values();
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < states.length; i++) {
      events.append(i == 0 ? "" : ",").append(event(i + 1, states[i].name()));
    }
    answer(200, page(events.toString(), states.length));

    assertThat(register.eventsAfter(0, 10).events())
        .extracting(LicenceEvent::state)
        .containsExactly(
            LicenceState.SUBMITTED,
            LicenceState.ACCEPTED,
            LicenceState.IN_PRODUCTION,
            LicenceState.READY_FOR_PICKUP,
            LicenceState.DELIVERED,
            LicenceState.REFUSED,
            LicenceState.CANCELLED);
  }

  @Test
  void aBodyThatIsNotJsonIsUnavailable() {
    answer.set(new Canned(200, "text/html", "<html>maintenance</html>"));
    assertUnusable(() -> register.eventsAfter(0, 10), "HTTP 200 whose body is not JSON");
    answer(200, "[]");
    assertUnusable(() -> register.eventsAfter(0, 10), "whose body is not a JSON object");
  }

  @Test
  void anEventOutsideTheContractIsUnavailable() {
    String good = event(1, "SUBMITTED");
    answer(200, "{\"next\":0}");
    assertUnusable(() -> register.eventsAfter(0, 10), "without an events array");
    answer(200, page("1", 1));
    assertUnusable(() -> register.eventsAfter(0, 10), "an event that is not an object");
    String[][] broken = {
      {good.replace("\"SUBMITTED\"", "\"LOST\""), "a state the contract does not know: LOST"},
      {good.replace("+01:00", ""), "an at that is not a date-time with an offset"},
      {good.replace("BD2026-000001", "bd 1"), "an application id outside the contract"},
      {good.replace("\"sequence\":1", "\"sequence\":\"one\""), "no whole number sequence"},
      {good.replace("\"sequence\":1", "\"sequence\":-1"), "a negative sequence"},
      {good.replace("85073100328", "85073100329"), "national number is not valid"},
      {good.replace("\"name\":\"Jan Peeters\"", "\"name\":\"\""), "event 1's holder has no name"},
      {
        good.replace("\"name\":\"Jan Peeters\"", "\"name\":\"" + "x".repeat(201) + "\""), "over 200"
      },
      {
        good.replace(
            "\"holder\":{\"nationalNumber\":\"85073100328\",\"name\":\"Jan Peeters\"},", ""),
        "event 1 has no holder"
      },
      {good.replace("\"category\":\"B\"", "\"category\":\"b\""), "a category outside the contract"},
      {good.replace("\"category\":\"B\",", ""), "event 1 has no category"},
      {good.replace("districtshuis-deurne", "Districtshuis Deurne"), "not a location code"},
      {good.replace("\"at\":", "\"reason\":3,\"at\":"), "a reason that is not text"},
    };
    for (String[] bad : broken) {
      answer(200, page(bad[0], 1));
      assertUnusable(() -> register.eventsAfter(0, 10), bad[1]);
    }
  }

  @Test
  void aCardAtTheDeskNeedsItsDeliveryPoint() {
    String noPoint = ",\"deliveryPoint\":\"districtshuis-deurne\"";
    answer(200, page(event(1, "IN_PRODUCTION").replace(noPoint, ""), 1));
    assertThat(register.eventsAfter(0, 10).events().get(0).deliveryPoint()).isNull();

    answer(200, page(event(1, "READY_FOR_PICKUP").replace(noPoint, ""), 1));
    assertUnusable(
        () -> register.eventsAfter(0, 10), "is READY_FOR_PICKUP without a deliveryPoint");
    answer(200, page(event(1, "DELIVERED").replace(noPoint, ""), 1));
    assertUnusable(() -> register.eventsAfter(0, 10), "is DELIVERED without a deliveryPoint");
  }

  @Test
  void aFeedThatGoesBackIsUnavailable() {
    answer(200, page(event(4, "ACCEPTED"), 4));
    assertUnusable(() -> register.eventsAfter(4, 10), "does not come after 4");
    answer(200, page(event(6, "ACCEPTED") + "," + event(6, "IN_PRODUCTION"), 6));
    assertUnusable(() -> register.eventsAfter(4, 10), "does not come after 6");
    answer(200, page(event(6, "ACCEPTED"), 5));
    assertUnusable(() -> register.eventsAfter(4, 10), "is before its events");
    answer(200, "{\"events\":[],\"next\":\"7\"}");
    assertUnusable(() -> register.eventsAfter(4, 10), "no whole number next");
    answer(200, page(event(6, "ACCEPTED") + "," + event(7, "IN_PRODUCTION"), 7));
    assertUnusable(() -> register.eventsAfter(4, 1), "2 events where at most 1 were asked");
  }

  @Test
  void aRefusedHandOverKeepsTheRegistersCodeAndReason() {
    answer(409, "{\"code\":\"NOT_READY\",\"reason\":\"The card is IN_PRODUCTION\"}");
    assertThatThrownBy(() -> register.delivered("BD2026-000001", AT))
        .isInstanceOfSatisfying(
            ApplicationRefusedException.class, e -> assertThat(e.code()).isEqualTo("NOT_READY"))
        .hasMessage("The card is IN_PRODUCTION");
    answer(404, "{\"code\":\"APPLICATION_ARCHIVED\",\"reason\":\"Archived in 2020\"}");
    assertThatThrownBy(() -> register.delivered("BD2026-000001", AT))
        .isInstanceOfSatisfying(
            ApplicationRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("APPLICATION_ARCHIVED"));
  }

  @Test
  void aRefusalWithoutABodyTakesItsCodeFromTheStatus() {
    answer(404, "");
    assertThatThrownBy(() -> register.delivered("BD2026-000001", AT))
        .isInstanceOfSatisfying(
            ApplicationRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("UNKNOWN_APPLICATION"))
        .hasMessage("refused with HTTP 404");
    answer(409, "not json");
    assertThatThrownBy(() -> register.delivered("BD2026-000001", AT))
        .isInstanceOfSatisfying(
            ApplicationRefusedException.class, e -> assertThat(e.code()).isEqualTo("NOT_READY"));
  }

  @Test
  void aMalformedRequestIsADisagreementAboutTheContractNotARefusal() {
    answer(400, "{\"code\":\"MALFORMED_REQUEST\",\"reason\":\"missing field deliveredAt\"}");
    assertUnusable(
        () -> register.delivered("BD2026-000001", AT),
        "MALFORMED_REQUEST: missing field deliveredAt): this adapter and the register disagree");
  }

  @Test
  void aStatusOutsideTheContractIsUnavailable() {
    answer(200, "{}");
    assertUnusable(
        () -> register.delivered("BD2026-000001", AT), "HTTP 200 is not in the contract");
    answer(418, "");
    assertUnusable(() -> register.eventsAfter(0, 1), "HTTP 418 is not in the contract");
    answer(204, "");
    assertUnusable(() -> register.eventsAfter(0, 1), "HTTP 204 is not in the contract");
  }

  private static void assertUnusable(ThrowingCallable call, String detail) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(SystemUnavailableException.class)
        .hasMessageContaining("gave an answer this adapter cannot use")
        .hasMessageContaining(detail);
  }
}
