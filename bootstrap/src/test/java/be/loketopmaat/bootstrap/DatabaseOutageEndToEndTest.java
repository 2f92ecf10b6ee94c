package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.calendar.CityTime;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database goes away in the middle of a booking load and comes back (the service reaches
 * PostgreSQL through a TCP proxy that the test cuts and mends, so the real database stays up for
 * the other tests): no answer is a 500, none waits longer than a few seconds, what needs the
 * database is refused with 503 and Retry-After, reference data is served from memory saying so,
 * bookings succeed again by themselves once it is back, and every booking answered 201 is in the
 * database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageEndToEndTest implements TestPropertyProvider {
  private static final String SCHEMA = "e2e_outage";
  private static final Pattern HOST_PORT = Pattern.compile("//([^/:]+):(\\d+)/");
  private static final AtomicInteger CITIZENS = new AtomicInteger();

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private TcpProxy proxy;

  /** One answer of the load, with how long it took. */
  record Answer(String what, int status, long millis, String reference, String retryAfter) {}

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres(SCHEMA));
    String url = properties.get("datasources.default.url");
    Matcher direct = HOST_PORT.matcher(url);
    if (!direct.find()) {
      throw new IllegalStateException("no host and port in " + url);
    }
    try {
      proxy = new TcpProxy(direct.group(1), Integer.parseInt(direct.group(2)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    properties.put(
        "datasources.default.url", direct.replaceFirst("//127.0.0.1:" + proxy.port() + "/"));
    properties.put("loket.city", "antwerp");
    properties.put("loket.staff.token", Http.STAFF_TOKEN);
    properties.put("loket.rate-limit.enabled", "false");
    properties.put("loket.outbox.enabled", "false");
    properties.put("loket.federal.enabled", "false");
    return properties;
  }

  @AfterAll
  void closeProxy() throws IOException {
    proxy.close();
  }

  @Test
  void anOutageMidLoadAnswersQuicklyWithoutA500AndLosesNoAcceptedBooking() throws Exception {
    Http http = new Http(server.getURI(), json);
    assertThat(http.get("/api/v1/locations").status()).isEqualTo(200);

    List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean stop = new AtomicBoolean();
    int clients = 4;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> load = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      load.add(
          pool.submit(
              () -> {
                while (!stop.get()) {
                  bookOnce(http, client, answers);
                }
                return null;
              }));
    }
    Thread.sleep(1500);
    proxy.cut();
    long cutAt = System.nanoTime();
    // Reference data while the database is away: the last good copy, saying so.
    Thread.sleep(1500);
    long before = System.nanoTime();
    Http.Response locations = http.get("/api/v1/locations");
    long locationsMillis = (System.nanoTime() - before) / 1_000_000;
    Http.Response health = http.get("/health");
    Thread.sleep(1500);
    proxy.mend();
    long mendedAt = System.nanoTime();
    long firstBookingAfter = -1;
    while (System.nanoTime() - mendedAt < TimeUnit.SECONDS.toNanos(20)) {
      if (bookedSince(answers, mendedAt)) {
        firstBookingAfter = (System.nanoTime() - mendedAt) / 1_000_000;
        break;
      }
      Thread.sleep(100);
    }
    Thread.sleep(500);
    stop.set(true);
    for (Future<?> client : load) {
      client.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    // The figures, for the README (not asserted beyond the bounds below: the machine is shared).
    System.out.printf(
        "database outage: %d answers %s; longest %d ms; bookings again %d ms after the return%n",
        answers.size(),
        answers.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    Answer::status,
                    java.util.TreeMap::new,
                    java.util.stream.Collectors.counting())),
        answers.stream().mapToLong(Answer::millis).max().orElse(0),
        firstBookingAfter);
    answers.stream()
        .sorted(java.util.Comparator.comparingLong(Answer::millis).reversed())
        .limit(5)
        .forEach(a -> System.out.println("database outage, slowest: " + a));
    assertThat(locations.status()).isEqualTo(200);
    assertThat(locations.header("X-Served-From")).isEqualTo("memory");
    assertThat(locationsMillis).as("reference data from memory, at once").isLessThan(2000);
    assertThat(health.status()).isEqualTo(503);
    assertThat(answers).extracting(Answer::status).doesNotContain(500).contains(201, 503);
    assertThat(answers)
        .filteredOn(a -> a.status() == 503)
        .allSatisfy(a -> assertThat(a.retryAfter()).isNotNull());
    assertThat(answers)
        .as("no request waits longer than a few seconds")
        .allSatisfy(a -> assertThat(a.millis()).isLessThan(8000));
    assertThat(firstBookingAfter).as("bookings succeed again once it is back").isNotNegative();
    List<String> booked =
        answers.stream().filter(a -> a.status() == 201).map(Answer::reference).toList();
    assertThat(booked)
        .allSatisfy(
            reference -> assertThat(TestDatabase.appointmentStored(SCHEMA, reference)).isTrue());
    assertThat(cutAt).isLessThan(mendedAt);
  }

  /** Whether a booking sent after {@code since} (a nano time) was answered 201. */
  private static boolean bookedSince(List<Answer> answers, long since) {
    synchronized (answers) {
      return answers.stream()
          .anyMatch(
              a ->
                  a.status() == 201
                      && a.what().startsWith("book@")
                      && Long.parseLong(a.what().substring(5)) > since);
    }
  }

  /** A search for a free slot and, when there is one, a booking of it. */
  private void bookOnce(Http http, int client, List<Answer> answers) {
    long t0 = System.nanoTime();
    Http.Response slots =
        http.get(
            "/api/v1/availability?product=address-change&mode=flexible&limit=8&from="
                + LocalDate.now(CityTime.ZONE).plusDays(3));
    answers.add(
        new Answer("search", slots.status(), millis(t0), null, slots.header("Retry-After")));
    if (slots.status() != 200 || slots.list("slots").isEmpty()) {
      pause();
      return;
    }
    List<Map<String, Object>> free = slots.list("slots");
    Map<String, Object> slot = free.get(client % free.size());
    int n = CITIZENS.incrementAndGet();
    long first9 = 850_731_500L + n;
    Map<String, Object> body =
        Map.of(
            "products",
            List.of("address-change"),
            "location",
            slot.get("location"),
            "start",
            slot.get("start"),
            "citizen",
            Map.of(
                "insz",
                String.format("%09d%02d", first9, 97 - first9 % 97),
                "name",
                "Citizen " + n,
                "email",
                "outage" + n + "@example.be",
                "language",
                "nl"));
    long t1 = System.nanoTime();
    Http.Response booked = http.postJson("/api/v1/appointments", body, "X-Client-Id", "c" + client);
    String reference = booked.status() == 201 ? (String) booked.object().get("reference") : null;
    answers.add(
        new Answer(
            "book@" + t1, booked.status(), millis(t1), reference, booked.header("Retry-After")));
    if (booked.status() == 503) {
      pause();
    }
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
