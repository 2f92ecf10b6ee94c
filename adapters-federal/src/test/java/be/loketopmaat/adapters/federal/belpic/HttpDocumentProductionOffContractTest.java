package be.loketopmaat.adapters.federal.belpic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.simulator.MagdaPersonas;
import be.loketopmaat.application.port.out.federal.DocumentProduction.OrderRefusedException;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionEvent;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionOrder;
import be.loketopmaat.application.port.out.federal.DocumentProduction.Subject;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentState;
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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter against a stub that answers whatever a test wants, in or out of the contract: every
 * answer the contract does not allow is a {@link SystemUnavailableException} that says what was
 * wrong, never a JSON library's exception.
 */
class HttpDocumentProductionOffContractTest {
  private record Canned(int status, String contentType, String body) {}

  private final AtomicReference<Canned> answer = new AtomicReference<>();
  private final AtomicReference<String> lastRequest = new AtomicReference<>();
  private HttpServer stub;
  private HttpDocumentProduction production;

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
                    + exchange.getRequestHeaders().getFirst("X-Municipality"));
            exchange.getRequestBody().readAllBytes();
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
    production =
        new HttpDocumentProduction(
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

  private static ProductionOrder order() {
    return new ProductionOrder(
        UUID.randomUUID(),
        DocumentKind.EID,
        MagdaPersonas.ANTWERP_RESIDENT,
        "Jan Peeters",
        NisCode.ANTWERP,
        new LocationCode("districtshuis-deurne"),
        false);
  }

  @Test
  void everyCallNamesTheMunicipalityAndCarriesTheKey() {
    answer(200, "{\"events\":[],\"next\":7}");

    assertThat(production.eventsAfter(7, 20).cursor()).isEqualTo(7);
    assertThat(lastRequest.get()).isEqualTo("GET /v1/events?after=7&limit=20 Bearer the-key 11002");
  }

  @Test
  void anOffsetDateTimeBecomesTheCitysLocalTime() {
    answer(
        200,
        """
        {"events":[
          {"sequence":3,"orderId":"6f1c3f0e-3c1a-4d8e-9d47-1b1c2f3a4b5c",
           "productionNumber":"BE2026-000001","state":"DELIVERED","at":"2026-12-02T08:00:00Z",
           "somethingNew":true},
          {"sequence":5,"orderId":"6f1c3f0e-3c1a-4d8e-9d47-1b1c2f3a4b5c",
           "productionNumber":"BE2026-000001","state":"REFUSED","at":"2026-07-01T08:00:00-02:00",
           "reason":"late"}],
         "next":5}""");

    var events = production.eventsAfter(0, 10);

    assertThat(events.events())
        .extracting(ProductionEvent::state, ProductionEvent::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                DocumentState.ARRIVED, LocalDateTime.parse("2026-12-02T09:00:00")),
            org.assertj.core.groups.Tuple.tuple(
                DocumentState.REFUSED, LocalDateTime.parse("2026-07-01T12:00:00")));
    assertThat(events.cursor()).isEqualTo(5);
  }

  @Test
  void everyContractStateHasItsDomainState() {
    String[] states = {"ACCEPTED", "IN_PRODUCTION", "DISPATCHED", "DELIVERED", "REFUSED"};
    StringBuilder json = new StringBuilder("{\"events\":[");
    for (int i = 0; i < states.length; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"sequence\":")
          .append(i + 1)
          .append(",\"orderId\":\"6f1c3f0e-3c1a-4d8e-9d47-1b1c2f3a4b5c\",")
          .append("\"productionNumber\":\"BE2026-000001\",\"state\":\"")
          .append(states[i])
          .append("\",\"at\":\"2026-12-02T10:00:00+01:00\"}");
    }
    answer(200, json.append("],\"next\":5}").toString());

    assertThat(production.eventsAfter(0, 10).events())
        .extracting(ProductionEvent::state)
        .containsExactly(
            DocumentState.ORDERED,
            DocumentState.IN_PRODUCTION,
            DocumentState.DISPATCHED,
            DocumentState.ARRIVED,
            DocumentState.REFUSED);
  }

  @Test
  void aBodyThatIsNotJsonIsUnavailable() {
    answer.set(new Canned(201, "text/html", "<html>maintenance</html>"));
    assertUnusable(() -> production.order(order()), "HTTP 201 whose body is not JSON");
  }

  @Test
  void aReceiptWithoutItsFieldsIsUnavailable() {
    answer(201, "{}");
    assertUnusable(() -> production.order(order()), "the receipt has no state");
    answer(201, "{\"productionNumber\":\"BE2026-000001\",\"state\":\"ACCEPTED\"}");
    assertUnusable(() -> production.order(order()), "the receipt has no expectedDelivery");
    answer(
        201,
        "{\"productionNumber\":\"BE2026-000001\",\"state\":\"ACCEPTED\","
            + "\"expectedDelivery\":\"10/12/2026\"}");
    assertUnusable(() -> production.order(order()), "is not a date");
    answer(
        201,
        "{\"productionNumber\":\"be 1\",\"state\":\"ACCEPTED\","
            + "\"expectedDelivery\":\"2026-12-10\"}");
    assertUnusable(() -> production.order(order()), "production number outside the contract");
    answer(
        201,
        "{\"productionNumber\":\"BE2026-000001\",\"state\":\"DELIVERED\","
            + "\"expectedDelivery\":\"2026-12-10\"}");
    assertUnusable(() -> production.order(order()), "not ACCEPTED");
  }

  @Test
  void anEventOutsideTheContractIsUnavailable() {
    answer(200, "{\"next\":0}");
    assertUnusable(() -> production.eventsAfter(0, 10), "without an events array");
    answer(
        200,
        "{\"events\":[{\"sequence\":1,\"orderId\":\"6f1c3f0e-3c1a-4d8e-9d47-1b1c2f3a4b5c\","
            + "\"productionNumber\":\"BE2026-000001\",\"state\":\"LOST\","
            + "\"at\":\"2026-12-02T10:00:00+01:00\"}],\"next\":1}");
    assertUnusable(() -> production.eventsAfter(0, 10), "a state the contract does not know: LOST");
    answer(
        200,
        "{\"events\":[{\"sequence\":1,\"orderId\":\"6f1c3f0e-3c1a-4d8e-9d47-1b1c2f3a4b5c\","
            + "\"productionNumber\":\"BE2026-000001\",\"state\":\"ACCEPTED\","
            + "\"at\":\"2026-12-02T10:00:00\"}],\"next\":1}");
    assertUnusable(() -> production.eventsAfter(0, 10), "not a date-time with an offset");
    answer(
        200,
        "{\"events\":[{\"sequence\":1,\"orderId\":\"order-1\","
            + "\"productionNumber\":\"BE2026-000001\",\"state\":\"ACCEPTED\","
            + "\"at\":\"2026-12-02T10:00:00+01:00\"}],\"next\":1}");
    assertUnusable(() -> production.eventsAfter(0, 10), "not a UUID");
    answer(
        200,
        "{\"events\":[{\"sequence\":\"one\",\"orderId\":\"6f1c3f0e-3c1a-4d8e-9d47-1b1c2f3a4b5c\","
            + "\"productionNumber\":\"BE2026-000001\",\"state\":\"ACCEPTED\","
            + "\"at\":\"2026-12-02T10:00:00+01:00\"}],\"next\":1}");
    assertUnusable(() -> production.eventsAfter(0, 10), "no whole number sequence");
  }

  @Test
  void aCodesEventIsToldFromADocumentsAndAnUnknownSubjectIsUnavailable() {
    String event =
        "{\"sequence\":%d,\"orderId\":\"6f1c3f0e-3c1a-4d8e-9d47-1b1c2f3a4b5c\","
            + "\"productionNumber\":\"PC2026-000001\",\"state\":\"%s\","
            + "\"at\":\"2026-12-02T10:00:00+01:00\"%s}";
    answer(
        200,
        "{\"events\":["
            + String.format(event, 1, "ACCEPTED", ",\"subject\":\"CODES\"")
            + ","
            + String.format(event, 2, "ACCEPTED", ",\"subject\":\"DOCUMENT\"")
            + ","
            + String.format(event, 3, "ACCEPTED", "")
            + "],\"next\":3}");

    assertThat(production.eventsAfter(0, 10).events())
        .extracting(ProductionEvent::subject)
        .containsExactly(Subject.CODES, Subject.DOCUMENT, Subject.DOCUMENT);
    answer(
        200,
        "{\"events\":["
            + String.format(event, 1, "ACCEPTED", ",\"subject\":\"STAMPS\"")
            + "],\"next\":1}");
    assertUnusable(
        () -> production.eventsAfter(0, 10), "a subject the contract does not know: STAMPS");
    answer(
        200,
        "{\"events\":["
            + String.format(event, 1, "IN_PRODUCTION", ",\"subject\":\"CODES\"")
            + "],\"next\":1}");
    assertUnusable(() -> production.eventsAfter(0, 10), "codes order IN_PRODUCTION");
  }

  @Test
  void aFeedThatGoesBackIsUnavailable() {
    String event =
        "{\"sequence\":%d,\"orderId\":\"6f1c3f0e-3c1a-4d8e-9d47-1b1c2f3a4b5c\","
            + "\"productionNumber\":\"BE2026-000001\",\"state\":\"ACCEPTED\","
            + "\"at\":\"2026-12-02T10:00:00+01:00\"}";
    answer(200, "{\"events\":[" + String.format(event, 4) + "],\"next\":4}");
    assertUnusable(() -> production.eventsAfter(4, 10), "does not come after 4");
    answer(200, "{\"events\":[" + String.format(event, 6) + "],\"next\":5}");
    assertUnusable(() -> production.eventsAfter(4, 10), "is before its events");
    answer(
        200,
        "{\"events\":["
            + String.format(event, 6)
            + ","
            + String.format(event, 7)
            + "],\"next\":7}");
    assertUnusable(() -> production.eventsAfter(4, 1), "2 events where at most 1 were asked");
  }

  @Test
  void aRefusalWithoutACodeIsUnavailable() {
    answer(422, "{\"reason\":\"no\"}");
    assertUnusable(() -> production.order(order()), "HTTP 422 without an error code");
  }

  @Test
  void aRefusalKeepsTheProductionsCodeAndReason() {
    answer(422, "{\"code\":\"FINGERPRINTS_MISSING\",\"reason\":\"No fingerprints\"}");
    assertThatThrownBy(() -> production.order(order()))
        .isInstanceOfSatisfying(
            OrderRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("FINGERPRINTS_MISSING"))
        .hasMessage("No fingerprints");
  }

  @Test
  void aMalformedRequestIsADisagreementAboutTheContractNotARefusal() {
    answer(400, "{\"code\":\"MALFORMED_REQUEST\",\"reason\":\"missing field name\"}");
    assertUnusable(
        () -> production.order(order()), "MALFORMED_REQUEST: missing field name): this adapter");
  }

  @Test
  void aStatusOutsideTheContractIsUnavailable() {
    answer(418, "");
    assertUnusable(() -> production.activate("BE2026-000001"), "HTTP 418 is not in the contract");
    answer(201, "{}");
    assertUnusable(() -> production.activate("BE2026-000001"), "HTTP 201 is not in the contract");
    answer(302, "");
    assertUnusable(() -> production.eventsAfter(0, 1), "HTTP 302 is not in the contract");
  }

  private static void assertUnusable(ThrowingCallable call, String detail) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(SystemUnavailableException.class)
        .hasMessageContaining("gave an answer this adapter cannot use")
        .hasMessageContaining(detail);
  }
}
