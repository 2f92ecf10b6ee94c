package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.calendar.CityTime;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two instances of the service on one PostgreSQL, over real HTTP: what one books, the other's
 * search stops offering at once. Both keep their view of taken time for an hour here, so only the
 * change feed (LISTEN/NOTIFY) can tell the second instance; without it, this test fails.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesEndToEndTest implements TestPropertyProvider {
  private static final String SCHEMA = "e2e_two_instances";
  private static final String SEARCH =
      "/api/v1/availability?product=eid-application&mode=proximity"
          + "&location=districtshuis-deurne&limit=1&from=";

  @Inject EmbeddedServer first;
  @Inject JsonMapper json;
  private EmbeddedServer second;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres(SCHEMA));
    properties.put("loket.city", "antwerp");
    properties.put("loket.rate-limit.enabled", "false");
    properties.put("loket.booking.taken-time-max-age", "1h");
    return properties;
  }

  @BeforeAll
  void startTheSecondInstance() {
    second = ApplicationContext.run(EmbeddedServer.class, new HashMap<>(instanceProperties()));
  }

  /** Another instance's configuration: the same database as the first, never cleaned again. */
  private Map<String, String> instanceProperties() {
    Map<String, String> properties = new HashMap<>(getProperties());
    properties.put("flyway.datasources.default.clean-schema", "false");
    properties.put("micronaut.server.port", "-1");
    return properties;
  }

  @AfterAll
  void stopTheSecondInstance() {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void whatOneInstanceBooksTheOtherStopsOfferingAtOnce() throws InterruptedException {
    Http atFirst = new Http(first.getURI(), json);
    Http atSecond = new Http(second.getURI(), json);
    String from = OffsetDateTime.now(CityTime.ZONE).plusDays(5).toLocalDate().toString();
    Map<String, Object> slot = firstSlot(atSecond, from);
    assertThat(firstSlot(atSecond, from))
        .as("the second instance keeps it in its view")
        .isEqualTo(slot);

    // Deurne has several identity desks: the slot is gone once every one of them is booked.
    int booked = 0;
    Http.Response answer = book(atFirst, first.getURI(), slot, booked);
    while (answer.status() == 201) {
      booked++;
      answer = book(atFirst, first.getURI(), slot, booked);
    }
    assertThat(answer.status()).as(answer.text()).isEqualTo(409);
    assertThat(booked).isGreaterThan(1);

    long deadline = System.nanoTime() + 3_000_000_000L;
    Map<String, Object> offered = firstSlot(atSecond, from);
    while (offered.equals(slot) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      offered = firstSlot(atSecond, from);
    }
    assertThat(offered)
        .as("the second instance no longer offers the booked slot")
        .isNotEqualTo(slot);
    Http.Response again = book(atSecond, second.getURI(), slot, booked + 1);
    assertThat(again.status()).as(again.text()).isEqualTo(409);
  }

  /**
   * Another instance, a JVM of its own, is killed (SIGKILL: no shutdown hook, no closing of its
   * connections, transactions cut where they stand) in the middle of a booking load shared by both:
   * the first keeps serving without a 5xx, and every booking either instance answered 201 is in the
   * database.
   */
  @Test
  void anInstanceKilledMidLoadLeavesTheOtherServingAndLosesNoAcceptedBooking() throws Exception {
    try (ServiceProcess doomed = ServiceProcess.start(instanceProperties(), "killed-instance")) {
      java.net.URI doomedUri = doomed.uri();
      String from = OffsetDateTime.now(CityTime.ZONE).plusDays(9).toLocalDate().toString();
      List<String> accepted = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      List<Integer> survivorStatuses =
          java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      java.util.concurrent.atomic.AtomicBoolean stop =
          new java.util.concurrent.atomic.AtomicBoolean();
      java.util.concurrent.atomic.AtomicInteger acceptedByTheDoomed =
          new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.atomic.AtomicInteger citizens =
          new java.util.concurrent.atomic.AtomicInteger(1000);
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(4);
      List<java.util.concurrent.Future<?>> load = new java.util.ArrayList<>();
      for (int c = 0; c < 4; c++) {
        boolean toSurvivor = c % 2 == 0;
        load.add(
            pool.submit(
                () -> {
                  java.net.URI base = toSurvivor ? first.getURI() : doomedUri;
                  Http http = new Http(base, json);
                  while (!stop.get()) {
                    try {
                      Map<String, Object> slot = firstSlot(http, from);
                      Http.Response answer = book(http, base, slot, citizens.incrementAndGet());
                      if (answer.status() == 201) {
                        accepted.add((String) answer.object().get("reference"));
                        if (!toSurvivor) {
                          acceptedByTheDoomed.incrementAndGet();
                        }
                      }
                      if (toSurvivor) {
                        survivorStatuses.add(answer.status());
                      }
                    } catch (RuntimeException | AssertionError unreachable) {
                      if (toSurvivor) {
                        survivorStatuses.add(-1);
                      }
                      // The stopped instance no longer answers: its client gives up on it.
                    }
                  }
                  return null;
                }));
      }
      // The kill falls in the middle of the load: once the doomed instance has booked a few.
      java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
      while (acceptedByTheDoomed.get() < 3 && java.time.Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
      assertThat(acceptedByTheDoomed)
          .as("the doomed instance books before the kill")
          .hasPositiveValue();
      doomed.kill();
      Thread.sleep(1500);
      stop.set(true);
      for (java.util.concurrent.Future<?> client : load) {
        client.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
      pool.shutdown();

      assertThat(survivorStatuses).isNotEmpty().containsOnly(201, 409);
      assertThat(accepted).isNotEmpty();
      for (String reference : accepted) {
        assertThat(TestDatabase.appointmentStored(SCHEMA, reference))
            .as("booking %s is in the database", reference)
            .isTrue();
      }
    }
  }

  private static Map<String, Object> firstSlot(Http http, String from) {
    Http.Response slots = http.get(SEARCH + from);
    assertThat(slots.status()).as(slots.text()).isEqualTo(200);
    assertThat(slots.list("slots")).isNotEmpty();
    return slots.list("slots").get(0);
  }

  /** Books the slot for the {@code n}th citizen (each citizen may hold one eID appointment). */
  private Http.Response book(Http http, java.net.URI base, Map<String, Object> slot, int n) {
    // Born from 1 January 1990 on, 900 a day: every n a valid national number of its own.
    java.time.LocalDate born = java.time.LocalDate.of(1990, 1, 1).plusDays(n / 900);
    long first9 =
        ((born.getYear() % 100) * 10_000L + born.getMonthValue() * 100L + born.getDayOfMonth())
                * 1000L
            + n % 900
            + 1;
    String insz = String.format("%09d%02d", first9, 97 - first9 % 97);
    Map<String, Object> body =
        Map.of(
            "products",
            List.of("eid-application"),
            "location",
            slot.get("location"),
            "start",
            slot.get("start"),
            "citizen",
            Map.of(
                "insz",
                insz,
                "name",
                "Citizen " + n,
                "email",
                "citizen" + n + "@example.be",
                "language",
                "nl"));
    try {
      return http.send(
          HttpRequest.newBuilder(base.resolve("/api/v1/appointments"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
