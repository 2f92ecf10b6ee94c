package be.loketopmaat.bootstrap;

import static be.loketopmaat.bootstrap.DocumentsEndToEndTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.federal.simulator.BiometricsKitSimulator;
import be.loketopmaat.adapters.federal.simulator.DocumentProductionSimulator;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.population.NisCode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A home visit, over real HTTP on PostgreSQL, with the real adapters talking to the simulators of
 * the biometrics kits and the card production over HTTP: planned by the contact centre, loaded onto
 * the team's kit, captured at the door while the kit is offline, recorded once the kit is back,
 * ordered, arrived in the safe of the team's base, brought on a second visit and handed over at the
 * door, and activated. And refusals that change nothing, and concurrent plannings of one time.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeVisitsEndToEndTest implements TestPropertyProvider {
  private static final String BELPIC_KEY = "e2e-belpic-key";
  private static final String KITS_KEY = "e2e-kits-key";
  private static final String TEAM = "mobiel-team-antwerpen";
  private static final String KIT = "kit-antwerpen-1";
  private static final String BASE = "districtshuis-antwerpen";

  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private final DocumentProductionSimulator production =
      DocumentProductionSimulator.start(0, Instant.now());
  private final BiometricsKitSimulator kits = BiometricsKitSimulator.start(0, Instant.now());

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    production.addPartner(NisCode.ANTWERP, BELPIC_KEY);
    kits.addPartner(NisCode.ANTWERP, KITS_KEY);
    kits.addKit(NisCode.ANTWERP, KIT);
    Map<String, String> properties =
        DocumentsEndToEndTest.federalProperties(smtp, "e2e_home_visits");
    properties.put("loket.federal.production.url", production.baseUri().toString());
    properties.put("loket.federal.production.api-key", BELPIC_KEY);
    properties.put("loket.federal.kits.url", kits.baseUri().toString());
    properties.put("loket.federal.kits.api-key", KITS_KEY);
    properties.put("loket.federal.kits.request-timeout", "2s");
    return properties;
  }

  @AfterAll
  void stopServers() {
    smtp.stop();
    production.close();
    kits.close();
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
  }

  /**
   * The {@code n}th working day from tomorrow, in the city's time. Each test keeps to its own days
   * (1, 3, 4, 5 and 10 to 13), so that one test's visits never show on another's route.
   */
  private static LocalDate workingDay(int n) {
    LocalDate day = LocalDate.now(CityTime.ZONE);
    int found = 0;
    while (found < n) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        found++;
      }
    }
    return day;
  }

  private static Map<String, Object> application(
      LocalDate day, String at, String insz, String email, String postalCode) {
    Map<String, Object> body = new HashMap<>();
    body.put("team", TEAM);
    body.put("day", day.toString());
    if (at != null) {
      body.put("at", at);
    }
    body.put("purpose", "APPLICATION");
    body.put("kind", "EID");
    body.put("product", "eid-application");
    body.put("citizen", Map.of("insz", insz, "name", "Maria Janssens", "email", email));
    body.put(
        "address",
        Map.of("street", "Turnhoutsebaan 200", "postalCode", postalCode, "municipality", "Deurne"));
    body.put("note", "Ground floor; ring twice");
    return body;
  }

  private Http.Response plan(Map<String, Object> body) {
    try {
      return http.staff("POST", "/api/v1/staff/home-visits", json.writeValueAsString(body));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Map<String, Object> visit(String id) {
    return http.staff("GET", "/api/v1/staff/home-visits/" + id, null).object();
  }

  private Map<String, Object> document(String id) {
    return http.staff("GET", "/api/v1/staff/documents/" + id, null).object();
  }

  private boolean onTheKit(String id) {
    return kits.visitsOn(KIT).stream().anyMatch(v -> v.id().toString().equals(id));
  }

  @Test
  void aHomeVisitFromThePlanningToTheDeliveredCard() throws Exception {
    Http.Response teams = http.staff("GET", "/api/v1/staff/mobile-teams", null);
    assertThat(teams.status()).as(teams.text()).isEqualTo(200);
    assertThat(teams.list()).extracting(t -> t.get("code")).contains(TEAM);

    LocalDate day = workingDay(1);
    String email = "maria.janssens@example.be";
    Http.Response planned = plan(application(day, null, Http.insz(800_101_123L), email, "2100"));
    assertThat(planned.status()).as(planned.text()).isEqualTo(201);
    Map<String, Object> application = planned.object();
    assertThat(application.get("state")).isEqualTo("PLANNED");
    assertThat(application.get("start")).isNotNull();
    assertThat((String) ((Map<?, ?>) application.get("citizen")).get("insz")).contains("*");
    String visitId = (String) application.get("id");

    Http.Response route =
        http.staff("GET", "/api/v1/staff/mobile-teams/" + TEAM + "/route?day=" + day, null);
    assertThat(route.status()).as(route.text()).isEqualTo(200);
    List<Map<String, Object>> stops = castList((List<?>) route.list("legs").get(0).get("stops"));
    assertThat(stops)
        .extracting(s -> (Object) ((Map<?, ?>) s.get("visit")).get("id"))
        .contains((Object) visitId);
    assertThat(stops.get(0).get("travelMinutes")).isEqualTo(25);

    await(() -> onTheKit(visitId), "the visit is loaded onto the team's kit");

    // At the door, without a network: the capture stays on the kit.
    kits.offline(KIT);
    kits.capture(KIT, UUID.fromString(visitId), "agent Sofie");
    Thread.sleep(800); // a few rounds of the worker, which finds nothing
    assertThat(visit(visitId).get("state")).isEqualTo("PLANNED");

    kits.online(KIT);
    await(() -> "DONE".equals(visit(visitId).get("state")), "the capture is recorded");
    String documentId = (String) visit(visitId).get("documentId");
    assertThat(documentId).isNotNull();
    Map<String, Object> recorded = document(documentId);
    assertThat(recorded.get("pickupAt")).isEqualTo(BASE);
    assertThat((String) recorded.get("recordedBy")).contains(KIT, "agent Sofie");

    await(
        () -> "ORDERED".equals(document(documentId).get("state")),
        "the order reaches the production");
    assertThat(production.timesOrdered(UUID.fromString(documentId))).isEqualTo(1);
    production.advanceWorkingDays(7);
    await(
        () -> "ARRIVED".equals(document(documentId).get("state")),
        "the card arrives in the safe of the team's base");

    // Four members of staff plan its delivery at once, each on another day: one visit brings it.
    int planners = 4;
    ExecutorService pool = Executors.newFixedThreadPool(planners);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Http.Response>> answers = new ArrayList<>();
    for (int i = 0; i < planners; i++) {
      Map<String, Object> delivery = new HashMap<>();
      delivery.put("team", TEAM);
      delivery.put("day", workingDay(10 + i).toString());
      delivery.put("purpose", "DELIVERY");
      delivery.put("documentId", documentId);
      delivery.put(
          "address",
          Map.of("street", "Turnhoutsebaan 200", "postalCode", "2100", "municipality", "Deurne"));
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return plan(delivery);
              }));
    }
    go.countDown();
    List<Http.Response> deliveries = new ArrayList<>();
    for (Future<Http.Response> answer : answers) {
      deliveries.add(answer.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(deliveries).extracting(Http.Response::status).containsOnlyOnce(201);
    assertThat(deliveries)
        .filteredOn(r -> r.status() != 201)
        .allSatisfy(
            r -> assertThat(r.object().get("reason")).isEqualTo("delivery-already-planned"));
    String deliveryId =
        (String)
            deliveries.stream()
                .filter(r -> r.status() == 201)
                .findFirst()
                .orElseThrow()
                .object()
                .get("id");

    await(() -> onTheKit(deliveryId), "the delivery is loaded onto the kit");
    kits.handOver(KIT, UUID.fromString(deliveryId), "agent Sofie", true);
    await(() -> "DONE".equals(visit(deliveryId).get("state")), "the hand-over is recorded");
    assertThat(document(documentId).get("state")).isEqualTo("HANDED_OVER");
    String number = (String) document(documentId).get("productionNumber");
    await(() -> production.activated(number), "the card is activated");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> castList(List<?> list) {
    return (List<Map<String, Object>>) list;
  }

  @Test
  void badPlansAreRefusedWithProblemsAndChangeNothing() {
    LocalDate day = workingDay(3);
    String insz = Http.insz(800_202_234L);
    String email = "x@example.be";

    Http.Response outside = plan(application(day, null, insz, email, "9000"));
    assertThat(outside.status()).as(outside.text()).isEqualTo(400);
    assertThat(outside.contentType()).startsWith("application/problem+json");

    Map<String, Object> badTime = application(day, "9h30", insz, email, "2100");
    Http.Response time = plan(badTime);
    assertThat(time.status()).as(time.text()).isEqualTo(400);

    Map<String, Object> attest = application(day, null, insz, email, "2100");
    attest.put("product", "attest-main-residence");
    assertThat(plan(attest).status()).isIn(400, 404);

    Map<String, Object> unknownTeam = application(day, null, insz, email, "2100");
    unknownTeam.put("team", "nobody");
    assertThat(plan(unknownTeam).status()).isEqualTo(404);

    Map<String, Object> noDocument = new HashMap<>(application(day, null, insz, email, "2100"));
    noDocument.put("purpose", "DELIVERY");
    noDocument.put("documentId", UUID.randomUUID().toString());
    assertThat(plan(noDocument).status()).isEqualTo(404);

    Http.Response notAnId = http.staff("GET", "/api/v1/staff/home-visits/not-an-id", null);
    assertThat(notAnId.status()).isEqualTo(400);

    Http.Response route =
        http.staff("GET", "/api/v1/staff/mobile-teams/" + TEAM + "/route?day=" + day, null);
    assertThat(route.list("legs").get(0).get("stops")).isEqualTo(List.of());
  }

  @Test
  void aCancelledVisitLeavesTheKitAndItsTimeIsFreeAgain() throws Exception {
    LocalDate day = workingDay(4);
    Http.Response planned =
        plan(application(day, "10:00", Http.insz(800_303_345L), "c@example.be", "2100"));
    assertThat(planned.status()).as(planned.text()).isEqualTo(201);
    String id = (String) planned.object().get("id");
    await(() -> onTheKit(id), "the visit is loaded onto the kit");

    Http.Response cancelled =
        http.staff(
            "POST", "/api/v1/staff/home-visits/" + id + "/cancel", "{\"reason\":\"in hospital\"}");
    assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
    assertThat(cancelled.object().get("state")).isEqualTo("CANCELLED");
    await(() -> !onTheKit(id), "the visit is taken off the kit");
    Http.Response again =
        http.staff("POST", "/api/v1/staff/home-visits/" + id + "/cancel", "{\"reason\":\"x\"}");
    assertThat(again.status()).isEqualTo(409);

    Http.Response sameTime =
        plan(application(day, "10:00", Http.insz(800_303_346L), "d@example.be", "2100"));
    assertThat(sameTime.status()).as(sameTime.text()).isEqualTo(201);
  }

  @Test
  void ofConcurrentPlanningsOfOneTimeExactlyOneIsPlanned() throws Exception {
    LocalDate day = workingDay(5);
    int clients = 6;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Http.Response>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      String insz = Http.insz(800_404_000L + i);
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return plan(application(day, "11:00", insz, "e@example.be", "2100"));
              }));
    }
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Http.Response> answer : answers) {
      statuses.add(answer.get(30, TimeUnit.SECONDS).status());
    }
    pool.shutdown();
    assertThat(statuses).containsOnlyOnce(201);
    assertThat(statuses).filteredOn(status -> status != 201).containsOnly(409);
  }
}
