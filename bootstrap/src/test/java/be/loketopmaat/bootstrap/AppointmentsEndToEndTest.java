package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.calendar.CityTime;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Appointments over real HTTP on PostgreSQL, Antwerp's data: search, hold, book, manage, the
 * counter.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppointmentsEndToEndTest implements TestPropertyProvider {
  private static final AtomicInteger CITIZENS = new AtomicInteger();

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres("e2e_appointments"));
    properties.put("loket.city", "antwerp");
    properties.put("loket.staff.token", Http.STAFF_TOKEN);
    properties.put("loket.rate-limit.client-header", "X-Client-Id");
    properties.put("loket.rate-limit.requests-per-minute", "5");
    return properties;
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
  }

  @Test
  void searchHoldBookAndManage() {
    Map<String, Object> slot = firstSlot("eid-application", "districtshuis-deurne");
    assertThat((String) slot.get("start")).matches(".*[+-]0[12]:00");

    Http.Response hold =
        post(
            "/api/v1/holds",
            "client-hold",
            Map.of(
                "products",
                List.of("eid-application"),
                "location",
                slot.get("location"),
                "start",
                slot.get("start")),
            null);
    assertThat(hold.status()).as(hold.text()).isEqualTo(201);

    Http.Response booked =
        post(
            "/api/v1/appointments",
            "client-hold",
            Map.of("hold", hold.object().get("id"), "citizen", citizen()),
            null);
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    String reference = (String) booked.object().get("reference");
    String code = (String) booked.object().get("managementCode");
    assertThat(reference).matches("[A-Z0-9]{3}-[A-Z0-9]{4}");
    assertThat(booked.object().get("start")).isEqualTo(slot.get("start"));

    Http.Response read =
        http.send(
            HttpRequest.newBuilder(server.getURI().resolve("/api/v1/appointments/" + reference))
                .header("X-Management-Code", code)
                .GET());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.text()).doesNotContain(code);
    Http.Response wrongCode =
        http.send(
            HttpRequest.newBuilder(server.getURI().resolve("/api/v1/appointments/" + reference))
                .header("X-Management-Code", "guess")
                .GET());
    assertThat(wrongCode.status()).isEqualTo(404);

    Http.Response ics =
        http.get("/api/v1/appointments/" + reference + "/calendar.ics?code=" + code);
    assertThat(ics.status()).isEqualTo(200);
    assertThat(ics.contentType()).startsWith("text/calendar");
    assertThat(ics.text()).contains("BEGIN:VEVENT", "END:VCALENDAR\r\n");

    Http.Response cancelled =
        http.send(
            HttpRequest.newBuilder(
                    server.getURI().resolve("/api/v1/appointments/" + reference + "/cancel"))
                .header("X-Management-Code", code)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
    assertThat(cancelled.object().get("status")).isEqualTo("CANCELLED");
  }

  @Test
  void problemsAreWrittenInTheCitizensLanguage() {
    Map<String, Object> slot = firstSlot("eid-application", "districtshuis-merksem");
    Map<String, Object> hold = holdOf("eid-application", slot);
    leaveOneIdentityDeskFree("districtshuis-merksem", slot);
    assertThat(post("/api/v1/holds", "first-holder", hold, null).status()).isEqualTo(201);

    Http.Response taken =
        http.postJson("/api/v1/holds", hold, "X-Client-Id", "second", "Accept-Language", "nl-BE");
    Http.Response refused =
        http.postJson(
            "/api/v1/holds",
            Map.of("products", List.of(), "location", "districtshuis-merksem", "start", "x"),
            "X-Client-Id",
            "third",
            "Accept-Language",
            "fr-BE,fr;q=0.9");

    assertThat(taken.status()).as(taken.text()).isEqualTo(409);
    assertThat(taken.header("Content-Language")).isEqualTo("nl");
    assertThat(taken.object().get("type")).isEqualTo("/problems/slot-taken");
    assertThat(taken.object().get("title")).isEqualTo("Tijdslot bezet");
    assertThat((String) taken.object().get("detail"))
        .startsWith("het tijdslot om ")
        .contains(" in districtshuis-merksem is bezet");
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.object().get("title")).isEqualTo("Données non valides");
    assertThat(refused.text()).contains("doit être une date et heure ISO 8601");
  }

  @Test
  void manyClientsRaceForOneSlotAndExactlyOneWins() throws Exception {
    Map<String, Object> slot = firstSlot("passport-application", "districtshuis-wilrijk");
    leaveOneIdentityDeskFree("districtshuis-wilrijk", slot);
    int racers = 24;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Http.Response>> answers = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      int racer = i;
      Callable<Http.Response> attempt =
          () -> {
            go.await();
            return post(
                "/api/v1/appointments",
                "racer-" + racer,
                Map.of(
                    "products",
                    List.of("passport-application"),
                    "location",
                    slot.get("location"),
                    "start",
                    slot.get("start"),
                    "citizen",
                    citizen()),
                null);
          };
      answers.add(pool.submit(attempt));
    }
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    Http.Response aLoser = null;
    for (Future<Http.Response> answer : answers) {
      Http.Response response = answer.get();
      statuses.add(response.status());
      if (response.status() == 409) {
        aLoser = response;
      }
    }
    pool.shutdown();
    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
    assertThat(aLoser.contentType()).startsWith("application/problem+json");
    assertThat(aLoser.list("alternatives"))
        .isNotEmpty()
        .noneMatch(
            alternative ->
                alternative.get("start").equals(slot.get("start"))
                    && alternative.get("location").equals(slot.get("location")));
    assertThat(appointmentsAt((String) slot.get("location"), (String) slot.get("start")))
        .isEqualTo(1);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyBooksOnce() {
    Map<String, Object> slot = firstSlot("address-change", "districtshuis-merksem");
    Map<String, Object> body =
        Map.of(
            "products",
            List.of("address-change"),
            "location",
            slot.get("location"),
            "start",
            slot.get("start"),
            "citizen",
            citizen());
    Http.Response first = post("/api/v1/appointments", "client-retry", body, "retry-key-1");
    Http.Response again = post("/api/v1/appointments", "client-retry", body, "retry-key-1");
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(again.status()).isIn(200, 201);
    assertThat(again.object().get("reference")).isEqualTo(first.object().get("reference"));
    assertThat(appointmentsAt((String) slot.get("location"), (String) slot.get("start")))
        .isEqualTo(1);
  }

  @Test
  void aClientThatHammersIsToldToWait() {
    Map<String, Object> slot = firstSlot("eid-application", "districtshuis-antwerpen");
    Map<String, Object> body =
        Map.of(
            "products",
            List.of("eid-application"),
            "location",
            slot.get("location"),
            "start",
            slot.get("start"));
    Http.Response last = null;
    for (int i = 0; i < 12 && (last == null || last.status() != 429); i++) {
      last = post("/api/v1/holds", "hammer", body, null);
    }
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.contentType()).startsWith("application/problem+json");
  }

  @Test
  void antwerpServesIdentityPickupsByAppointmentOnlySoNoWalkInTicket() {
    Http.Response ticket =
        http.send(
            HttpRequest.newBuilder(
                    server.getURI().resolve("/api/v1/locations/districtshuis-deurne/tickets"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"product\": \"eid-application\"}")));
    assertThat(ticket.status()).as(ticket.text()).isEqualTo(400);
    assertThat(ticket.contentType()).startsWith("application/problem+json");
    assertThat(ticket.text()).contains("by appointment only");
    Http.Response day = http.staff("GET", "/api/v1/staff/locations/districtshuis-deurne/day", null);
    assertThat(day.status()).as(day.text()).isEqualTo(200);
    assertThat(day.list("desks")).isNotEmpty().allSatisfy(d -> assertThat(d).containsKey("blocks"));
  }

  @Test
  void aFloodOfHoldsFromOneClientKeepsNoMoreThanItsCapWhileOthersStillGetTheirs() throws Exception {
    // Slots that do not overlap: overlapping ones compete for the same desk, and one of the
    // hoarder's own holds could then take a slot from another (slot-taken, not the cap).
    List<Map<String, Object>> slots = new ArrayList<>();
    OffsetDateTime free = OffsetDateTime.MIN;
    for (Map<String, Object> slot :
        http.get(
                "/api/v1/availability?product=address-change&mode=proximity"
                    + "&location=districtshuis-deurne&limit=60&from="
                    + LocalDate.now(CityTime.ZONE).plusDays(5))
            .list("slots")) {
      if (slots.size() < 9 && !OffsetDateTime.parse((String) slot.get("start")).isBefore(free)) {
        slots.add(slot);
        free = OffsetDateTime.parse((String) slot.get("end"));
      }
    }
    assertThat(slots).hasSize(9);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Http.Response>> answers = new ArrayList<>();
    for (Map<String, Object> slot : slots.subList(0, 8)) {
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return post("/api/v1/holds", "hoarder", holdOf(slot), null);
              }));
    }
    go.countDown();
    List<Http.Response> responses = new ArrayList<>();
    for (Future<Http.Response> answer : answers) {
      responses.add(answer.get());
    }
    pool.shutdown();

    List<Http.Response> held = responses.stream().filter(r -> r.status() == 201).toList();
    assertThat(held).as("the default cap is 3 live holds per client").hasSize(3);
    assertThat(responses)
        .filteredOn(r -> r.status() != 201)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.text()).isEqualTo(409);
              assertThat(r.object().get("reason")).isEqualTo("too-many-holds");
            });
    Http.Response someoneElse = post("/api/v1/holds", "neighbour", holdOf(slots.get(8)), null);
    assertThat(someoneElse.status()).as(someoneElse.text()).isEqualTo(201);

    // Released: the slot is free for anyone at once, and the hoarder has room for one other.
    String released = (String) held.get(0).object().get("id");
    Http.Response release =
        http.send(
            HttpRequest.newBuilder(server.getURI().resolve("/api/v1/holds/" + released))
                .header("X-Client-Id", "hoarder")
                .DELETE());
    assertThat(release.status()).as(release.text()).isEqualTo(204);
    Map<String, Object> releasedSlot =
        Map.of(
            "products", List.of("address-change"),
            "location", held.get(0).object().get("location"),
            "start", held.get(0).object().get("start"));
    Http.Response again = post("/api/v1/holds", "hoarder", releasedSlot, null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.object().get("reason")).isEqualTo("recently-held");
    assertThat(post("/api/v1/holds", "neighbour-2", releasedSlot, null).status()).isEqualTo(201);
  }

  private static Map<String, Object> holdOf(Map<String, Object> slot) {
    return holdOf("address-change", slot);
  }

  private static Map<String, Object> holdOf(String product, Map<String, Object> slot) {
    return Map.of(
        "products", List.of(product), "location", slot.get("location"), "start", slot.get("start"));
  }

  /**
   * Staff block every identity desk but one at the slot's time: the slot is then one desk's time.
   */
  @SuppressWarnings("unchecked")
  private void leaveOneIdentityDeskFree(String location, Map<String, Object> slot) {
    List<Map<String, Object>> desks =
        (List<Map<String, Object>>) http.get("/api/v1/locations/" + location).object().get("desks");
    List<String> identityDesks =
        desks.stream()
            .filter(d -> ((List<Object>) d.get("capabilities")).contains("IDENTITY"))
            .map(d -> (String) d.get("code"))
            .toList();
    assertThat(identityDesks).isNotEmpty();
    for (String desk : identityDesks.subList(1, identityDesks.size())) {
      Http.Response block =
          http.staff(
              "POST",
              "/api/v1/staff/locations/" + location + "/desks/" + desk + "/blocks",
              "{\"start\": \""
                  + slot.get("start")
                  + "\", \"end\": \""
                  + slot.get("end")
                  + "\", \"reason\": \"test: one desk left\"}");
      assertThat(block.status()).as(block.text()).isEqualTo(201);
    }
  }

  private Map<String, Object> firstSlot(String product, String location) {
    Http.Response slots =
        http.get(
            "/api/v1/availability?product="
                + product
                + "&mode=proximity&location="
                + location
                + "&limit=1&from="
                + LocalDate.now(CityTime.ZONE).plusDays(3));
    assertThat(slots.status()).as(slots.text()).isEqualTo(200);
    assertThat(slots.list("slots")).isNotEmpty();
    return slots.list("slots").get(0);
  }

  private Http.Response post(
      String path, String client, Map<String, Object> body, String idempotencyKey) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(server.getURI().resolve(path))
              .header("Content-Type", "application/json")
              .header("X-Client-Id", client)
              .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
      if (idempotencyKey != null) {
        request.header("Idempotency-Key", idempotencyKey);
      }
      return http.send(request);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Object> citizen() {
    int n = CITIZENS.incrementAndGet();
    long first9 = 850_731_000L + n;
    String insz = String.format("%09d%02d", first9, 97 - first9 % 97);
    return Map.of(
        "insz",
        insz,
        "name",
        "Citizen " + n,
        "email",
        "citizen" + n + "@example.be",
        "language",
        "nl");
  }

  /** Counts the open appointments in the database itself, whatever the API says. */
  private int appointmentsAt(String location, String start) {
    Map<String, String> db = TestDatabase.postgres("e2e_appointments");
    try (Connection connection =
            DriverManager.getConnection(
                db.get("datasources.default.url"),
                db.get("datasources.default.username"),
                db.get("datasources.default.password"));
        PreparedStatement query = connection.prepareStatement(TestDatabase.OPEN_APPOINTMENTS_AT)) {
      query.setString(1, location);
      query.setObject(
          2, OffsetDateTime.parse(start).atZoneSameInstant(CityTime.ZONE).toLocalDateTime());
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
