package be.loketopmaat.adapters.federal.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.federal.belpic.BelpicContract;
import be.loketopmaat.domain.population.NisCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator on the wire, with hand-written JSON: it answers as the contract file says, refuses
 * what the contract refuses, and a refused request changes nothing.
 */
class DocumentProductionSimulatorWireTest {
  private static final String KEY = "antwerp-key";
  private static final Pattern DATE_TIME_WITH_OFFSET =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");

  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private DocumentProductionSimulator simulator;

  @BeforeEach
  void start() {
    // A Friday, 14:00 in Brussels.
    simulator = DocumentProductionSimulator.start(0, Instant.parse("2026-12-04T13:00:00Z"));
    simulator.addPartner(NisCode.ANTWERP, KEY);
    simulator.addPartner(NisCode.LEUVEN, "leuven-key");
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  private static String order(UUID id) {
    return order(id, "EID", "11002", false);
  }

  private static String order(UUID id, String type, String municipality, boolean urgent) {
    return """
        {"orderId":"%s","documentType":"%s","nationalNumber":"85073100328","name":"Jan Peeters",
         "municipality":"%s","deliveryPoint":"districtshuis-deurne","urgent":%s}"""
        .formatted(id, type, municipality, urgent);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(simulator.baseUri().resolve(path))
        .header("Authorization", "Bearer " + KEY)
        .header("X-Municipality", "11002");
  }

  private HttpResponse<String> post(UUID key, String body) throws Exception {
    return send(
        request("/v1/orders")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key.toString())
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode body(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    return json.readTree(response.body());
  }

  private void assertError(HttpResponse<String> response, int status, String code)
      throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode error = body(response);
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("reason").asText()).isNotBlank();
  }

  @Test
  void anOrderIsCreatedOnceAndItsAnswerRepeated() throws Exception {
    UUID id = UUID.randomUUID();
    HttpResponse<String> created = post(id, order(id));
    HttpResponse<String> again = post(id, order(id));

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode receipt = body(created);
    assertThat(receipt.get("state").asText()).isEqualTo("ACCEPTED");
    assertThat(receipt.get("productionNumber").asText()).matches("[A-Z0-9-]{4,40}");
    // Friday: dispatched five working days later (Friday), delivered on Monday.
    assertThat(receipt.get("expectedDelivery").asText()).isEqualTo("2026-12-14");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(created.body());
    assertThat(simulator.ordersReceived(id)).isEqualTo(2);
    assertThat(simulator.timesOrdered(id)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsAConflict() throws Exception {
    UUID id = UUID.randomUUID();
    post(id, order(id));

    assertError(post(id, order(id, "PASSPORT", "11002", false)), 409, "IDEMPOTENCY_KEY_REUSED");
    assertThat(simulator.timesOrdered(id)).isEqualTo(1);
  }

  @Test
  void theSameBodyWithItsFieldsInAnotherOrderIsTheSameOrder() throws Exception {
    UUID id = UUID.randomUUID();
    post(id, order(id));
    String reordered =
        """
        {"urgent":false,"deliveryPoint":"districtshuis-deurne","municipality":"11002",
         "name":"Jan Peeters","nationalNumber":"85073100328","documentType":"EID",
         "orderId":"%s"}"""
            .formatted(id);

    assertThat(post(id, reordered).statusCode()).isEqualTo(200);
  }

  @Test
  void malformedOrdersAre400AndMakeNothing() throws Exception {
    UUID id = UUID.randomUUID();
    String good = order(id);
    String[] bad = {
      "not json",
      "[1, 2]",
      good.replace("\"name\":\"Jan Peeters\",", ""),
      good.replace("\"urgent\":false", "\"urgent\":false,\"photo\":\"x\""),
      good.replace("\"urgent\":false", "\"urgent\":\"no\""),
      good.replace("\"EID\"", "\"DRIVING_LICENCE\""),
      good.replace("85073100328", "85.07.31-003.28"),
      good.replace("\"11002\"", "11002"),
      good.replace("districtshuis-deurne", "Districtshuis Deurne"),
      good.replace("Jan Peeters", " "),
      good.replace(id.toString(), UUID.randomUUID().toString()),
    };
    for (String body : bad) {
      assertError(post(id, body), 400, "MALFORMED_REQUEST");
    }
    assertError(
        send(
            request("/v1/orders")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(good))),
        400,
        "MALFORMED_REQUEST");
    assertError(
        send(
            request("/v1/orders")
                .header("Content-Type", "text/plain")
                .header("Idempotency-Key", id.toString())
                .POST(HttpRequest.BodyPublishers.ofString(good))),
        400,
        "MALFORMED_REQUEST");
    assertThat(simulator.timesOrdered(id)).isZero();
    assertThat(post(id, good).statusCode()).isEqualTo(201);
  }

  @Test
  void withoutAKnownKeyNothingIsServedOrChanged() throws Exception {
    UUID id = UUID.randomUUID();
    HttpRequest.Builder noKey =
        HttpRequest.newBuilder(simulator.baseUri().resolve("/v1/orders"))
            .header("X-Municipality", "11002")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", id.toString())
            .POST(HttpRequest.BodyPublishers.ofString(order(id)));
    HttpResponse<String> without = send(noKey);
    assertError(without, 401, "UNAUTHENTICATED");
    assertThat(without.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertError(send(noKey.header("Authorization", "Bearer wrong")), 401, "UNAUTHENTICATED");
    assertError(
        send(
            HttpRequest.newBuilder(simulator.baseUri().resolve("/v1/events?after=0"))
                .header("X-Municipality", "11002")
                .header("Authorization", "Basic " + KEY)),
        401,
        "UNAUTHENTICATED");

    assertThat(simulator.ordersReceived(id)).isZero();
    assertThat(simulator.timesOrdered(id)).isZero();
  }

  @Test
  void aKeyOfAnotherMunicipalityIsForbidden() throws Exception {
    UUID id = UUID.randomUUID();
    assertError(
        send(
            HttpRequest.newBuilder(simulator.baseUri().resolve("/v1/orders"))
                .header("Authorization", "Bearer leuven-key")
                .header("X-Municipality", "11002")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", id.toString())
                .POST(HttpRequest.BodyPublishers.ofString(order(id)))),
        403,
        "FORBIDDEN");
    assertError(
        send(
            HttpRequest.newBuilder(simulator.baseUri().resolve("/v1/events?after=0"))
                .header("Authorization", "Bearer " + KEY)),
        400,
        "MALFORMED_REQUEST");
    assertThat(simulator.timesOrdered(id)).isZero();
  }

  @Test
  void theFeedFollowsWorkingDaysAndWritesOffsetDateTimes() throws Exception {
    UUID id = UUID.randomUUID();
    String productionNumber = body(post(id, order(id))).get("productionNumber").asText();
    simulator.advanceWorkingDays(1);

    HttpResponse<String> response = send(request("/v1/events?after=0&limit=10").GET());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode page = body(response);
    JsonNode events = page.get("events");
    assertThat(events).hasSize(2);
    assertThat(events.get(0).get("state").asText()).isEqualTo("ACCEPTED");
    assertThat(events.get(0).get("at").asText()).isEqualTo("2026-12-04T14:00:00+01:00");
    // A Friday's next working day is Monday.
    assertThat(events.get(1).get("state").asText()).isEqualTo("IN_PRODUCTION");
    assertThat(events.get(1).get("at").asText()).isEqualTo("2026-12-07T14:00:00+01:00");
    for (JsonNode event : events) {
      assertThat(event.get("orderId").asText()).isEqualTo(id.toString());
      assertThat(event.get("productionNumber").asText()).isEqualTo(productionNumber);
      assertThat(event.get("at").asText()).matches(DATE_TIME_WITH_OFFSET);
      assertThat(event.has("reason")).isFalse();
    }
    assertThat(page.get("next").asLong()).isEqualTo(events.get(1).get("sequence").asLong());

    JsonNode empty = body(send(request("/v1/events?after=" + page.get("next").asLong()).GET()));
    assertThat(empty.get("events")).isEmpty();
    assertThat(empty.get("next").asLong()).isEqualTo(page.get("next").asLong());
  }

  @Test
  void anUrgentOrderIsDispatchedTheNextWorkingDayAndDeliveredTheDayAfter() throws Exception {
    UUID id = UUID.randomUUID();
    JsonNode receipt = body(post(id, order(id, "PASSPORT", "11002", true)));

    assertThat(receipt.get("expectedDelivery").asText()).isEqualTo("2026-12-08");
    simulator.advanceWorkingDays(2);
    JsonNode events = body(send(request("/v1/events?after=0").GET())).get("events");
    assertThat(events)
        .extracting(e -> e.get("state").asText() + "@" + e.get("at").asText())
        .containsExactly(
            "ACCEPTED@2026-12-04T14:00:00+01:00",
            "IN_PRODUCTION@2026-12-04T16:00:00+01:00",
            "DISPATCHED@2026-12-07T14:00:00+01:00",
            "DELIVERED@2026-12-08T14:00:00+01:00");
  }

  @Test
  void eventsNeedAWellFormedCursorAndLimit() throws Exception {
    for (String query : new String[] {"", "?after=-1", "?after=x", "?after=0&limit=0"}) {
      assertError(send(request("/v1/events" + query).GET()), 400, "MALFORMED_REQUEST");
    }
    assertError(send(request("/v1/events?after=0&limit=501").GET()), 400, "MALFORMED_REQUEST");
    assertThat(send(request("/v1/events?after=0&limit=500").GET()).statusCode()).isEqualTo(200);
  }

  @Test
  void activationAnswersAsTheContractSays() throws Exception {
    UUID id = UUID.randomUUID();
    String number = body(post(id, order(id))).get("productionNumber").asText();
    String path = "/v1/orders/" + number + "/activation";

    assertError(
        send(request(path).POST(HttpRequest.BodyPublishers.noBody())), 409, "NOT_DELIVERED");
    assertError(
        send(
            request("/v1/orders/BE1999-000001/activation")
                .POST(HttpRequest.BodyPublishers.noBody())),
        404,
        "UNKNOWN_PRODUCTION_NUMBER");
    simulator.advanceWorkingDays(6);
    assertThat(send(request(path).POST(HttpRequest.BodyPublishers.noBody())).statusCode())
        .isEqualTo(204);
    assertThat(send(request(path).POST(HttpRequest.BodyPublishers.noBody())).statusCode())
        .isEqualTo(204);
    assertThat(simulator.activated(number)).isTrue();
  }

  @Test
  void unknownPathsAndMethods() throws Exception {
    assertError(send(request("/v1/cards").GET()), 404, "NOT_FOUND");
    HttpResponse<String> wrongMethod = send(request("/v1/orders").GET());
    assertError(wrongMethod, 405, "METHOD_NOT_ALLOWED");
    assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void theContractFileSaysItIsOursAndNamesEveryErrorCodeTheSimulatorAnswers() throws IOException {
    String contract;
    try (InputStream in =
        getClass().getResourceAsStream("/contracts/belpic/document-production.openapi.yaml")) {
      assertThat(in).isNotNull();
      contract = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(contract)
        .startsWith("openapi: 3.0")
        .contains("This contract is ours")
        .contains("replaces this file")
        .contains("  " + BelpicContract.ORDERS_PATH + ":")
        .contains("  " + BelpicContract.EVENTS_PATH + ":")
        .contains("  /v1/orders/{productionNumber}/activation:")
        .contains(BelpicContract.MUNICIPALITY_HEADER, BelpicContract.IDEMPOTENCY_KEY_HEADER);
    for (String code :
        new String[] {
          BelpicContract.MALFORMED_REQUEST,
          BelpicContract.UNAUTHENTICATED,
          BelpicContract.FORBIDDEN,
          BelpicContract.IDEMPOTENCY_KEY_REUSED,
          BelpicContract.UNKNOWN_NATIONAL_NUMBER,
          BelpicContract.PHOTO_REJECTED,
          BelpicContract.INVALID_REQUEST,
          BelpicContract.UNKNOWN_PRODUCTION_NUMBER,
          BelpicContract.NOT_DELIVERED
        }) {
      assertThat(contract).as(code).contains("`" + code + "`");
    }
    for (BelpicContract.State state : BelpicContract.State.values()) {
      assertThat(contract).contains(state.name());
    }
  }
}
