package be.loketopmaat.adapters.federal.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.federal.beldrive.BelDriveContract;
import be.loketopmaat.adapters.federal.beldrive.BelDriveContract.State;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.NisCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The BelDrive simulator on the wire, with hand-written JSON: it answers as the contract file says,
 * refuses what the contract refuses, and a refused request changes nothing. Also its Java controls.
 */
class DrivingLicenceSimulatorWireTest {
  private static final String KEY = "antwerp-key";
  private static final LocationCode DESK = new LocationCode("districtshuis-deurne");
  private static final Pattern DATE_TIME_WITH_OFFSET =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");
  private static final String DELIVERED_AT = "{\"deliveredAt\":\"2026-12-14T15:30:00+01:00\"}";

  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private DrivingLicenceSimulator simulator;

  @BeforeEach
  void start() {
    // A Friday, 14:00 in Brussels.
    simulator = DrivingLicenceSimulator.start(0, Instant.parse("2026-12-04T13:00:00Z"));
    simulator.addPartner(NisCode.ANTWERP, KEY);
    simulator.addPartner(NisCode.LEUVEN, "leuven-key");
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  private String anApplication() {
    return simulator.apply(
        NisCode.ANTWERP, MagdaPersonas.ANTWERP_RESIDENT, "Jan Peeters", "B", DESK);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(simulator.baseUri().resolve(path))
        .header("Authorization", "Bearer " + KEY)
        .header("X-Municipality", "11002");
  }

  private HttpResponse<String> deliver(String applicationId, String body) throws Exception {
    return send(
        request("/v1/applications/" + applicationId + "/delivery")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode body(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    return json.readTree(response.body());
  }

  private JsonNode events() throws Exception {
    HttpResponse<String> response = send(request("/v1/applications/events?after=0").GET());
    assertThat(response.statusCode()).isEqualTo(200);
    return body(response).get("events");
  }

  private void assertError(HttpResponse<String> response, int status, String code)
      throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode error = body(response);
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("reason").asText()).isNotBlank();
  }

  @Test
  void theFeedFollowsWorkingDaysAndWritesTheWholeEvent() throws Exception {
    String id = anApplication();
    simulator.advanceWorkingDays(6);

    HttpResponse<String> response = send(request("/v1/applications/events?after=0&limit=10").GET());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode page = body(response);
    JsonNode events = page.get("events");
    // Friday 14:00: accepted at 15:00; in production on Monday; ready five working days later.
    assertThat(events)
        .extracting(e -> e.get("state").asText() + "@" + e.get("at").asText())
        .containsExactly(
            "SUBMITTED@2026-12-04T14:00:00+01:00",
            "ACCEPTED@2026-12-04T15:00:00+01:00",
            "IN_PRODUCTION@2026-12-07T14:00:00+01:00",
            "READY_FOR_PICKUP@2026-12-14T14:00:00+01:00");
    for (JsonNode event : events) {
      assertThat(event.get("applicationId").asText()).isEqualTo(id).matches("[A-Z0-9-]{4,40}");
      assertThat(event.get("holder").get("nationalNumber").asText()).isEqualTo("85073100328");
      assertThat(event.get("holder").get("name").asText()).isEqualTo("Jan Peeters");
      assertThat(event.get("category").asText()).isEqualTo("B");
      assertThat(event.get("deliveryPoint").asText()).isEqualTo("districtshuis-deurne");
      assertThat(event.get("at").asText()).matches(DATE_TIME_WITH_OFFSET);
      assertThat(event.has("reason")).isFalse();
    }
    assertThat(page.get("next").asLong()).isEqualTo(events.get(3).get("sequence").asLong());

    JsonNode empty =
        body(send(request("/v1/applications/events?after=" + page.get("next").asLong()).GET()));
    assertThat(empty.get("events")).isEmpty();
    assertThat(empty.get("next").asLong()).isEqualTo(page.get("next").asLong());
  }

  @Test
  void anEventEntersTheFeedOnlyWhenTheClockPassesIt() throws Exception {
    anApplication();
    simulator.advance(Duration.ofMinutes(59));
    assertThat(events()).hasSize(1);
    simulator.advance(Duration.ofMinutes(1));
    assertThat(events()).hasSize(2);
    simulator.advanceWorkingDays(1);
    assertThat(events()).hasSize(3);
  }

  @Test
  void aLateApplicationIsStillAcceptedTheSameDay() throws Exception {
    simulator.advance(Duration.ofHours(9).plusMinutes(30)); // 23:30 in Brussels
    anApplication();
    simulator.advance(Duration.ofHours(1));

    assertThat(events())
        .extracting(e -> e.get("state").asText() + "@" + e.get("at").asText())
        .containsExactly(
            "SUBMITTED@2026-12-04T23:30:00+01:00", "ACCEPTED@2026-12-04T23:59:59+01:00");
  }

  @Test
  void aRefusalAndACancellationEnterTheFeedAtOnce() throws Exception {
    String refused = anApplication();
    String cancelled = anApplication();
    simulator.refuse(refused, "The medical certificate has expired");
    simulator.cancel(cancelled);
    simulator.advanceWorkingDays(10);

    JsonNode events = events();
    assertThat(events)
        .extracting(e -> e.get("applicationId").asText() + ":" + e.get("state").asText())
        .containsExactly(
            refused + ":SUBMITTED",
            cancelled + ":SUBMITTED",
            refused + ":REFUSED",
            cancelled + ":CANCELLED");
    assertThat(events.get(2).get("reason").asText())
        .isEqualTo("The medical certificate has expired");
    assertThat(events.get(3).has("reason")).isFalse();
  }

  @Test
  void theJavaControlsKeepToTheRoadOfAnApplication() {
    String id = anApplication();
    assertThatThrownBy(() -> simulator.refuse(id, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> simulator.refuse("BD1999-000001", "no"))
        .isInstanceOf(IllegalArgumentException.class);
    simulator.advanceWorkingDays(6);
    assertThat(simulator.state(id)).isEqualTo(State.READY_FOR_PICKUP);
    assertThatThrownBy(() -> simulator.refuse(id, "too late"))
        .isInstanceOf(IllegalStateException.class);
    simulator.cancel(id);
    assertThatThrownBy(() -> simulator.cancel(id)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                simulator.apply(
                    NisCode.ANTWERP, MagdaPersonas.ANTWERP_RESIDENT, "Jan Peeters", "Z", DESK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> simulator.apply(NisCode.ANTWERP, MagdaPersonas.ANTWERP_RESIDENT, "", "B", DESK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> simulator.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> simulator.advanceWorkingDays(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDeliveryAnswersAsTheContractSays() throws Exception {
    String id = anApplication();

    assertError(deliver(id, DELIVERED_AT), 409, "NOT_READY");
    assertError(deliver("BD1999-000001", DELIVERED_AT), 404, "UNKNOWN_APPLICATION");
    simulator.advanceWorkingDays(6);
    HttpResponse<String> delivered = deliver(id, DELIVERED_AT);
    assertThat(delivered.statusCode()).isEqualTo(204);
    assertThat(delivered.body()).isEmpty();
    assertThat(deliver(id, "{\"deliveredAt\":\"2026-12-15T09:00:00+01:00\"}").statusCode())
        .isEqualTo(204);

    assertThat(simulator.state(id)).isEqualTo(State.DELIVERED);
    assertThat(simulator.deliveriesReported(id)).isEqualTo(3);
    JsonNode events = events();
    assertThat(events).hasSize(5);
    assertThat(events.get(4).get("state").asText()).isEqualTo("DELIVERED");
    assertThat(events.get(4).get("at").asText()).isEqualTo("2026-12-14T15:30:00+01:00");
  }

  @Test
  void anotherMunicipalitysApplicationIsUnknownToTheCaller() throws Exception {
    String theirs =
        simulator.apply(NisCode.LEUVEN, MagdaPersonas.LEUVEN_RESIDENT, "Pieter Maes", "B", DESK);
    simulator.advanceWorkingDays(6);

    assertError(deliver(theirs, DELIVERED_AT), 404, "UNKNOWN_APPLICATION");
    assertThat(events()).isEmpty();
    assertThat(simulator.state(theirs)).isEqualTo(State.READY_FOR_PICKUP);
  }

  @Test
  void malformedDeliveriesAre400AndChangeNothing() throws Exception {
    String id = anApplication();
    simulator.advanceWorkingDays(6);
    String[] bad = {
      "not json",
      "[1]",
      "{}",
      "{\"deliveredAt\":\"2026-12-14T15:30:00\"}",
      "{\"deliveredAt\":\"14/12/2026 15:30\"}",
      "{\"deliveredAt\":1765722600}",
      "{\"deliveredAt\":\"2026-12-14T15:30:00+01:00\",\"by\":\"desk 3\"}",
    };
    for (String body : bad) {
      assertError(deliver(id, body), 400, "MALFORMED_REQUEST");
    }
    assertError(
        send(
            request("/v1/applications/" + id + "/delivery")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(DELIVERED_AT))),
        400,
        "MALFORMED_REQUEST");

    assertThat(simulator.state(id)).isEqualTo(State.READY_FOR_PICKUP);
    assertThat(deliver(id, DELIVERED_AT).statusCode()).isEqualTo(204);
  }

  @Test
  void withoutAKnownKeyNothingIsServedOrChanged() throws Exception {
    String id = anApplication();
    simulator.advanceWorkingDays(6);
    HttpRequest.Builder noKey =
        HttpRequest.newBuilder(simulator.baseUri().resolve("/v1/applications/" + id + "/delivery"))
            .header("X-Municipality", "11002")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(DELIVERED_AT));
    HttpResponse<String> without = send(noKey);
    assertError(without, 401, "UNAUTHENTICATED");
    assertThat(without.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertError(send(noKey.header("Authorization", "Bearer wrong")), 401, "UNAUTHENTICATED");
    assertError(
        send(
            HttpRequest.newBuilder(simulator.baseUri().resolve("/v1/applications/events?after=0"))
                .header("X-Municipality", "11002")
                .header("Authorization", "Basic " + KEY)),
        401,
        "UNAUTHENTICATED");

    assertThat(simulator.deliveriesReported(id)).isZero();
    assertThat(simulator.state(id)).isEqualTo(State.READY_FOR_PICKUP);
  }

  @Test
  void aKeyOfAnotherMunicipalityIsForbiddenAndTheMunicipalityMustBeNamed() throws Exception {
    String id = anApplication();
    simulator.advanceWorkingDays(6);
    assertError(
        send(
            HttpRequest.newBuilder(
                    simulator.baseUri().resolve("/v1/applications/" + id + "/delivery"))
                .header("Authorization", "Bearer leuven-key")
                .header("X-Municipality", "11002")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(DELIVERED_AT))),
        403,
        "FORBIDDEN");
    assertError(
        send(
            HttpRequest.newBuilder(simulator.baseUri().resolve("/v1/applications/events?after=0"))
                .header("Authorization", "Bearer " + KEY)),
        400,
        "MALFORMED_REQUEST");
    assertError(
        send(
            HttpRequest.newBuilder(simulator.baseUri().resolve("/v1/applications/events?after=0"))
                .header("Authorization", "Bearer " + KEY)
                .header("X-Municipality", "Antwerpen")),
        400,
        "MALFORMED_REQUEST");
    assertThat(simulator.state(id)).isEqualTo(State.READY_FOR_PICKUP);
  }

  @Test
  void eventsNeedAWellFormedCursorAndLimit() throws Exception {
    for (String query :
        new String[] {"", "?after=-1", "?after=x", "?after=0&limit=0", "?after=0&limit=501"}) {
      assertError(send(request("/v1/applications/events" + query).GET()), 400, "MALFORMED_REQUEST");
    }
    assertThat(send(request("/v1/applications/events?after=0&limit=500").GET()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void unknownPathsAndMethods() throws Exception {
    assertError(send(request("/v1/licences").GET()), 404, "NOT_FOUND");
    assertError(send(request("/v1/applications/bd-1/delivery").GET()), 404, "NOT_FOUND");
    HttpResponse<String> wrongMethod =
        send(request("/v1/applications/events").POST(HttpRequest.BodyPublishers.noBody()));
    assertError(wrongMethod, 405, "METHOD_NOT_ALLOWED");
    assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
    HttpResponse<String> getDelivery =
        send(request("/v1/applications/BD2026-000001/delivery").GET());
    assertError(getDelivery, 405, "METHOD_NOT_ALLOWED");
    assertThat(getDelivery.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void faultsAndOutagesAreOnTheWire() throws Exception {
    simulator.faults().next(1, new Faults.ServerError(503));
    assertThat(send(request("/v1/applications/events?after=0").GET()).statusCode()).isEqualTo(503);
    assertThat(send(request("/v1/applications/events?after=0").GET()).statusCode()).isEqualTo(200);
    int seen = simulator.requestsSeen();
    simulator.goDown();
    assertThatThrownBy(() -> send(request("/v1/applications/events?after=0").GET()))
        .isInstanceOf(IOException.class);
    simulator.comeBack();
    assertThat(send(request("/v1/applications/events?after=0").GET()).statusCode()).isEqualTo(200);
    assertThat(simulator.requestsSeen()).isEqualTo(seen + 1);
  }

  @Test
  void theContractFileSaysItIsOursAndNamesEveryErrorCodeTheSimulatorAnswers() throws IOException {
    String contract;
    try (InputStream in =
        getClass().getResourceAsStream("/contracts/beldrive/driving-licences.openapi.yaml")) {
      assertThat(in).isNotNull();
      contract = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(contract)
        .startsWith("openapi: 3.0.3")
        .contains("This contract is ours")
        .contains("replaces this file")
        .contains("  " + BelDriveContract.EVENTS_PATH + ":")
        .contains("  /v1/applications/{applicationId}/delivery:")
        .contains(BelDriveContract.MUNICIPALITY_HEADER)
        .contains(BelDriveContract.APPLICATION_ID.pattern())
        .contains(BelDriveContract.CATEGORY.pattern());
    for (String code :
        new String[] {
          BelDriveContract.MALFORMED_REQUEST,
          BelDriveContract.UNAUTHENTICATED,
          BelDriveContract.FORBIDDEN,
          BelDriveContract.UNKNOWN_APPLICATION,
          BelDriveContract.NOT_READY
        }) {
      assertThat(contract).as(code).contains("`" + code + "`");
    }
    for (State state : State.values()) {
      assertThat(contract).contains(state.name());
    }
    List<String> categories = BelDriveContract.CATEGORIES;
    assertThat(contract.replaceAll("\\s+", " "))
        .contains(
            String.join(", ", categories.subList(0, categories.size() - 1))
                + " or "
                + categories.get(categories.size() - 1)
                + ".");
  }
}
