package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.federal.simulator.DocumentProductionSimulator;
import be.loketopmaat.domain.population.NisCode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The road of an identity document, over real HTTP on PostgreSQL, with the real adapter talking to
 * the card production's simulator over HTTP and the arrival told through a real SMTP server: from
 * the application at the desk, through the order and the production's events, to the safe, the
 * citizen's mail, the hand-over and the activation. And a production that goes down in the middle
 * of a stream of applications: every one of them is made exactly once when it is back.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsEndToEndTest implements TestPropertyProvider {
  private static final String KEY = "e2e-belpic-key";
  private static final AtomicInteger CITIZENS = new AtomicInteger();
  private static final String ANTWERPEN = "districtshuis-antwerpen";

  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private final DocumentProductionSimulator production =
      DocumentProductionSimulator.start(0, Instant.now());

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    production.addPartner(NisCode.ANTWERP, KEY);
    Map<String, String> properties = federalProperties(smtp, "e2e_documents");
    properties.put("loket.federal.production.url", production.baseUri().toString());
    properties.put("loket.federal.production.api-key", KEY);
    properties.put("loket.federal.production.request-timeout", "2s");
    return properties;
  }

  /**
   * Antwerp on PostgreSQL in {@code schema}, mail through {@code smtp} (started here), and the
   * federal worker running every 200 ms with short backoff and circuit waits.
   */
  static Map<String, String> federalProperties(GreenMail smtp, String schema) {
    smtp.start();
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres(schema));
    properties.put("loket.city", "antwerp");
    properties.put("loket.staff.token", Http.STAFF_TOKEN);
    properties.putAll(TestMail.properties(smtp, "documenten@antwerpen.example"));
    properties.put("loket.federal.municipality", "11002");
    properties.put("loket.federal.every", "200ms");
    properties.put("loket.federal.first-after", "100ms");
    properties.put("loket.federal.backoff.first", "200ms");
    properties.put("loket.federal.backoff.max", "1s");
    properties.put("loket.federal.circuit.wait-in-open", "1s");
    return properties;
  }

  @AfterAll
  void stopServers() {
    smtp.stop();
    production.close();
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
  }

  @Test
  void anEidFromTheDeskThroughTheProductionToTheSafeAndTheCitizensHands() throws Exception {
    Http.Response recorded = apply("an.peeters@example.be", "districtshuis-antwerpen");
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    assertThat(recorded.object().get("state")).isEqualTo("RECORDED");
    String id = (String) recorded.object().get("id");

    await(() -> "ORDERED".equals(document(id).get("state")), "the order reaches the production");
    String number = (String) document(id).get("productionNumber");
    assertThat(number).isNotBlank();
    assertThat(production.timesOrdered(UUID.fromString(id))).isEqualTo(1);

    Http.Response tooEarly = http.get("/api/v1/availability?pickupOf=" + id);
    assertThat(tooEarly.status()).as(tooEarly.text()).isEqualTo(409);
    assertThat(tooEarly.object().get("reason")).isEqualTo("document-not-in-safe");

    production.advanceWorkingDays(7);
    await(() -> "ARRIVED".equals(document(id).get("state")), "the card arrives in the safe");

    Http.Response safe =
        http.staff("GET", "/api/v1/staff/locations/districtshuis-antwerpen/safe", null);
    assertThat(safe.status()).as(safe.text()).isEqualTo(200);
    assertThat(safe.list("documents")).extracting(d -> d.get("id")).contains(id);

    await(
        () ->
            java.util.Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> recipient(m).equals("an.peeters@example.be")),
        "the citizen is told");
    MimeMessage mail = mailTo("an.peeters@example.be");
    assertThat(mail.getSubject()).startsWith("Uw document ligt klaar");
    assertThat(TestMail.text(mail))
        .contains("Districtshuis Antwerpen", "Maak een afspraak om het af te halen")
        .contains("/api/v1/availability?pickupOf=" + id);

    // The pickup is an appointment of its own: its slots are where the card lies, five minutes
    // long, and booking one twice, elsewhere, or for a card not there is refused.
    Http.Response slots = http.get("/api/v1/availability?pickupOf=" + id + "&limit=3");
    assertThat(slots.status()).as(slots.text()).isEqualTo(200);
    List<Map<String, Object>> free = slots.list("slots");
    assertThat(free).isNotEmpty();
    assertThat(free).allSatisfy(slot -> assertThat(slot.get("location")).isEqualTo(ANTWERPEN));
    Map<String, Object> first = free.get(0);
    assertThat(
            Duration.between(
                java.time.OffsetDateTime.parse((String) first.get("start")),
                java.time.OffsetDateTime.parse((String) first.get("end"))))
        .isEqualTo(Duration.ofMinutes(5));
    Map<String, Object> citizen =
        Map.of("insz", "85073100328", "name", "An Peeters", "email", "an.peeters@example.be");
    Http.Response elsewhere =
        http.postJson(
            "/api/v1/appointments",
            Map.of(
                "pickupOf",
                id,
                "location",
                "districtshuis-deurne",
                "start",
                first.get("start"),
                "citizen",
                citizen));
    assertThat(elsewhere.status()).as(elsewhere.text()).isEqualTo(400);
    Http.Response booked =
        http.postJson(
            "/api/v1/appointments",
            Map.of(
                "pickupOf", id,
                "location", ANTWERPEN,
                "start", first.get("start"),
                "citizen", citizen));
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    assertThat(booked.object().get("pickupOf")).isEqualTo(id);
    assertThat(booked.object().get("products")).isEqualTo(List.of("eid-application"));
    Http.Response twice =
        http.postJson(
            "/api/v1/appointments",
            Map.of(
                "pickupOf", id,
                "location", ANTWERPEN,
                "start", free.get(1).get("start"),
                "citizen", citizen),
            "Accept-Language",
            "nl-BE");
    assertThat(twice.status()).as(twice.text()).isEqualTo(409);
    assertThat(twice.object().get("reason")).isEqualTo("pickup-already-booked");
    assertThat(twice.header("Content-Language")).isEqualTo("nl");

    Http.Response handed = http.staff("POST", "/api/v1/staff/documents/" + id + "/hand-over", null);
    assertThat(handed.status()).as(handed.text()).isEqualTo(200);
    assertThat(handed.object().get("state")).isEqualTo("HANDED_OVER");
    await(() -> production.activated(number), "the card is activated");
    Http.Response again = http.staff("POST", "/api/v1/staff/documents/" + id + "/hand-over", null);
    assertThat(again.status()).as(again.text()).isEqualTo(409);
    assertThat(again.object().get("reason")).isEqualTo("not-in-safe");
  }

  @Test
  void applicationsTakenWhileTheProductionIsDownAreEachMadeOnceWhenItIsBack() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add(recordedId());
    }
    production.goDown();
    for (int i = 0; i < 12; i++) {
      ids.add(recordedId());
    }
    Thread.sleep(1_500); // some attempts fail, the circuit opens
    production.faults().next(3, new be.loketopmaat.adapters.federal.simulator.Faults.Drop());
    production.comeBack();
    for (int i = 0; i < 6; i++) {
      ids.add(recordedId());
    }

    await(
        () -> ids.stream().allMatch(id -> "ORDERED".equals(document(id).get("state"))),
        "every application ordered once the production is back");
    for (String id : ids) {
      assertThat(production.timesOrdered(UUID.fromString(id))).as(id).isEqualTo(1);
    }
    Http.Response failed = http.staff("GET", "/api/v1/staff/federal-calls?status=FAILED", null);
    assertThat(failed.status()).as(failed.text()).isEqualTo(200);
    assertThat(failed.list()).isEmpty();
    Http.Response done =
        http.staff("GET", "/api/v1/staff/federal-calls?status=DONE&limit=500", null);
    assertThat(done.list()).extracting(c -> c.get("subject")).containsAll(ids);
  }

  @Test
  void aPickupWhereTheDocumentCannotBeKeptIsRefusedAndNothingIsOrdered() {
    Http.Response refused = apply("x@example.be", "buurtloket-groenenhoek");

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.object().get("errors").toString()).contains("pickupAt");
    Http.Response unknown = http.staff("GET", "/api/v1/staff/documents/" + UUID.randomUUID(), null);
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void ofConcurrentPickupBookingsForOneDocumentAtDifferentTimesExactlyOneIsBooked()
      throws Exception {
    String id = recordedId();
    await(() -> "ORDERED".equals(document(id).get("state")), "the order reaches the production");
    production.advanceWorkingDays(7);
    await(() -> "ARRIVED".equals(document(id).get("state")), "the card arrives in the safe");
    List<Map<String, Object>> free =
        http.get("/api/v1/availability?pickupOf=" + id + "&limit=6").list("slots");
    assertThat(free).hasSize(6);

    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(free.size());
    List<java.util.concurrent.Future<Http.Response>> answers = new java.util.ArrayList<>();
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    for (int i = 0; i < free.size(); i++) {
      Map<String, Object> slot = free.get(i);
      String insz = Http.insz(850_800_000L + i);
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return http.postJson(
                    "/api/v1/appointments",
                    Map.of(
                        "pickupOf",
                        id,
                        "location",
                        ANTWERPEN,
                        "start",
                        slot.get("start"),
                        "citizen",
                        Map.of("insz", insz, "name", "Someone", "email", "s@example.be")));
              }));
    }
    go.countDown();
    List<Integer> statuses = new java.util.ArrayList<>();
    for (var answer : answers) {
      statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS).status());
    }
    pool.shutdown();

    assertThat(statuses).containsOnlyOnce(201);
    assertThat(statuses).filteredOn(status -> status != 201).containsOnly(409);
  }

  private String recordedId() {
    Http.Response recorded =
        apply("c" + CITIZENS.incrementAndGet() + "@example.be", "districtshuis-antwerpen");
    assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    return (String) recorded.object().get("id");
  }

  private Http.Response apply(String email, String pickupAt) {
    int n = CITIZENS.incrementAndGet();
    long first9 = 850_731_500L + n;
    String insz = String.format("%09d%02d", first9, 97 - first9 % 97);
    return http.staff(
        "POST",
        "/api/v1/staff/documents",
        """
        {"kind": "EID", "product": "eid-application",
         "citizen": {"insz": "%s", "name": "An Peeters", "email": "%s", "language": "nl"},
         "appliedAt": "districtshuis-deurne", "pickupAt": "%s"}"""
            .formatted(insz, email, pickupAt));
  }

  private Map<String, Object> document(String id) {
    Http.Response response = http.staff("GET", "/api/v1/staff/documents/" + id, null);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.object();
  }

  private MimeMessage mailTo(String address) throws Exception {
    return mailTo(smtp, address);
  }

  /** The first mail {@code smtp} received for {@code address}. */
  static MimeMessage mailTo(GreenMail smtp, String address) throws Exception {
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      if (recipient(mail).equals(address)) {
        return mail;
      }
    }
    throw new AssertionError("no mail to " + address);
  }

  static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits up to 30 s for {@code condition}, failing with {@code what}. */
  static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 30 s: " + what);
      }
      Thread.sleep(100);
    }
  }
}
