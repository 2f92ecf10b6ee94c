package be.loketopmaat.benchmark;

import be.loketopmaat.adapters.federal.simulator.DocumentProductionSimulator;
import be.loketopmaat.domain.population.NisCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * The federal outbox (issue 6) against the card production's simulator, a real HTTP server in this
 * JVM (as GreenMail is for the messages): an instance of the service, with its federal defaults and
 * only the production's address and key set, takes identity-document applications over the staff
 * API.
 *
 * <ol>
 *   <li>With the production up: how many applications per second are accepted and queued, against
 *       pgbench inserting one outbox-like row per transaction at the same client count, measured
 *       right after.
 *   <li>With the production down (its port closed): the same number of applications queued; once
 *       the worker has tried each of them at least once the production comes back, and the clock
 *       runs until the staff API lists no queued call. The production's simulator then says how
 *       often each order was made.
 * </ol>
 */
final class FederalOutboxPhase {
  /** Applications per part: clients × each. */
  static final int CLIENTS = 20;

  static final int EACH = 50;
  static final int APPLICATIONS = CLIENTS * EACH;

  /** How often the drain is looked at (the staff API, and the outbox's counts in the database). */
  private static final Duration POLL = Duration.ofMillis(50);

  private static final Duration PATIENCE = Duration.ofMinutes(3);

  /** One part's applications, as the staff API answered them. */
  record Queueing(Benchmark.Burst burst, List<UUID> ids) {
    int accepted() {
      return ids.size();
    }

    double acceptedPerSecond() {
      return accepted() / burst.seconds();
    }
  }

  /**
   * From the production's return: until the first order was delivered, until the last, and until
   * the staff API showed none queued; how long it was down, and how many failed attempts the outbox
   * counted meanwhile.
   */
  record Drain(
      double outageSeconds,
      long failedAttempts,
      double firstDeliverySeconds,
      double lastDeliverySeconds,
      double drainedSeconds,
      boolean drained,
      int calls,
      double busySeconds,
      int bursts) {
    /**
     * Calls delivered per second while the worker was sending: over the polls in which the count of
     * delivered calls grew, not the pauses between the worker's runs.
     */
    double sendingPerSecond() {
      return busySeconds > 0 ? calls / busySeconds : Double.NaN;
    }
  }

  /** How the production saw the orders: made once, never, or more than once; requests received. */
  record Delivery(int madeOnce, int neverMade, int madeMoreThanOnce, long requestsReceived) {}

  record Result(
      Queueing up,
      Drain upDrain,
      PgBench.Result ceiling,
      Queueing down,
      Drain drain,
      Delivery delivery,
      long failedCalls,
      long queuedCalls,
      long ordered) {}

  private final Settings settings;
  private final HttpClient http;
  private final Citizens citizens;
  private final String staffToken;

  FederalOutboxPhase(Settings settings, HttpClient http, Citizens citizens) {
    this.settings = settings;
    this.http = http;
    this.citizens = citizens;
    byte[] key = new byte[24];
    new SecureRandom().nextBytes(key);
    this.staffToken = HexFormat.of().formatHex(key);
  }

  Result measure(int port, File log, Path workDir) throws Exception {
    byte[] key = new byte[24];
    new SecureRandom().nextBytes(key);
    String apiKey = HexFormat.of().formatHex(key);
    try (DocumentProductionSimulator production =
        DocumentProductionSimulator.start(0, Instant.now())) {
      production.addPartner(NisCode.ANTWERP, apiKey);
      Map<String, String> env = settings.serviceEnvironment();
      env.put("LOKET_STAFF_TOKEN", staffToken);
      env.put("LOKET_FEDERAL_MUNICIPALITY", NisCode.ANTWERP.value());
      env.put("LOKET_FEDERAL_PRODUCTION_URL", production.baseUri().toString());
      env.put("LOKET_FEDERAL_PRODUCTION_API_KEY", apiKey);
      // The confirmations the bookings queued are not this phase's work.
      env.put("LOKET_OUTBOX_ENABLED", "false");
      try (ServiceProcess service = ServiceProcess.start(settings.serviceJar(), port, env, log)) {
        URI base = service.base;
        // Not counted: the first requests of a cold JVM.
        Queueing warm = queue(base, 1, CLIENTS, "warm");
        Queueing up = queue(base, CLIENTS, EACH, "up");
        Drain upDrain = drain(base, up.ids(), 0, 0, workDir.resolve("federal-up.csv"));
        PgBench.Result ceiling = PgBench.outboxRowInsert(settings, CLIENTS, workDir);

        production.goDown();
        long down = System.nanoTime();
        Queueing queuedWhileDown = queue(base, CLIENTS, EACH, "down");
        await(
            () -> untried(queuedWhileDown.ids()) == 0,
            "the worker tried every application queued while the production was down");
        long failedAttempts = attempts(queuedWhileDown.ids());
        production.comeBack();
        Drain drain =
            drain(
                base,
                queuedWhileDown.ids(),
                seconds(down),
                failedAttempts,
                workDir.resolve("federal-drain.csv"));

        List<UUID> all =
            java.util.stream.Stream.of(warm.ids(), up.ids(), queuedWhileDown.ids())
                .flatMap(List::stream)
                .toList();
        return new Result(
            up,
            upDrain,
            ceiling,
            queuedWhileDown,
            drain,
            delivery(production, all),
            count("SELECT count(*) FROM federal_call WHERE status = 'FAILED'"),
            count("SELECT count(*) FROM federal_call WHERE status = 'QUEUED'"),
            ordered(all));
      }
    }
  }

  /**
   * {@code clients} staff clients each record {@code each} eID applications one after another, all
   * released at once; the ids of those accepted (201).
   */
  private Queueing queue(URI base, int clients, int each, String name) throws Exception {
    List<UUID> ids = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    Benchmark.Burst burst =
        Benchmark.burst(
            clients,
            each,
            (client, latencies) -> {
              HttpResponse<String> answer = apply(base, name + "-" + client, latencies);
              if (answer == null) {
                return -1;
              }
              if (answer.statusCode() == 201) {
                ids.add(UUID.fromString(idOf(answer.body())));
              }
              return answer.statusCode();
            });
    return new Queueing(burst, List.copyOf(ids));
  }

  private HttpResponse<String> apply(URI base, String client, Latencies latencies) {
    Map<String, Object> citizen = new HashMap<>();
    citizen.put("insz", citizens.nextInsz());
    citizen.put("name", "Bench Mark");
    citizen.put("email", "bench@example.be");
    citizen.put("language", "nl");
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "EID");
    body.put("product", Benchmark.EID.value());
    body.put("citizen", citizen);
    body.put("appliedAt", "districtshuis-deurne");
    body.put("pickupAt", "districtshuis-antwerpen");
    try {
      return Benchmark.timed(
          http,
          staff(base, "/api/v1/staff/documents", client)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(Benchmark.JSON.writeValueAsString(body)))
              .build(),
          latencies);
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private HttpRequest.Builder staff(URI base, String path, String client) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Authorization", "Bearer " + staffToken)
        .header("X-Client-Id", client)
        .timeout(Duration.ofSeconds(60));
  }

  private static String idOf(String body) {
    try {
      JsonNode id = Benchmark.JSON.readTree(body).get("id");
      if (id == null || !id.isTextual()) {
        throw new IllegalStateException("a recorded application without an id: " + body);
      }
      return id.asText();
    } catch (IOException e) {
      throw new IllegalStateException("a recorded application that is not JSON: " + body, e);
    }
  }

  /**
   * From {@code since} until the staff API lists no queued call, looking every {@link #POLL}; the
   * outbox's counts in the database say when the first and the last of {@code ids} were delivered,
   * and in how many bursts (the worker's runs). Each poll is written to {@code timeline}.
   */
  private Drain drain(
      URI base, List<UUID> ids, double outageSeconds, long failedAttempts, Path timeline)
      throws Exception {
    long since = System.nanoTime();
    long deadline = since + PATIENCE.toNanos();
    StringBuilder csv = new StringBuilder("seconds,delivered\n");
    double first = Double.NaN;
    double last = Double.NaN;
    double busy = 0;
    int bursts = 0;
    long before = done(ids);
    double previous = 0;
    boolean sending = false;
    boolean drained = false;
    while (System.nanoTime() < deadline) {
      Thread.sleep(POLL.toMillis());
      long done = done(ids);
      double now = seconds(since);
      csv.append(String.format(java.util.Locale.ROOT, "%.3f,%d%n", now, done));
      if (done > before) {
        busy += now - previous;
        bursts += sending ? 0 : 1;
        sending = true;
        if (Double.isNaN(first)) {
          first = now;
        }
      } else {
        sending = false;
      }
      if (done == ids.size() && Double.isNaN(last)) {
        last = now;
      }
      before = done;
      previous = now;
      if (!Double.isNaN(last) && noneQueued(base)) {
        drained = true;
        break;
      }
    }
    java.nio.file.Files.writeString(timeline, csv);
    return new Drain(
        outageSeconds,
        failedAttempts,
        first,
        last,
        seconds(since),
        drained,
        ids.size(),
        busy,
        bursts);
  }

  /** What staff see: {@code GET /api/v1/staff/federal-calls?status=QUEUED} lists nothing. */
  private boolean noneQueued(URI base) {
    try {
      HttpResponse<String> answer =
          Benchmark.timed(
              http,
              staff(base, "/api/v1/staff/federal-calls?status=QUEUED&limit=1", "staff-poll")
                  .GET()
                  .build(),
              new Latencies());
      if (answer == null || answer.statusCode() != 200) {
        throw new IllegalStateException(
            "the staff API's federal calls answered "
                + (answer == null ? "nothing" : answer.statusCode() + ": " + answer.body()));
      }
      JsonNode calls = Benchmark.JSON.readTree(answer.body());
      return calls.isArray() && calls.isEmpty();
    } catch (IOException e) {
      throw new IllegalStateException("the staff API's federal calls are not JSON", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not within " + PATIENCE + ": " + what);
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** How the production saw each order: made (accepted as new) once, never, or more often. */
  private static Delivery delivery(DocumentProductionSimulator production, List<UUID> ids) {
    Map<Integer, Integer> made = new ConcurrentHashMap<>();
    long received = 0;
    for (UUID id : ids) {
      made.merge(Math.min(production.timesOrdered(id), 2), 1, Integer::sum);
      received += production.ordersReceived(id);
    }
    return new Delivery(
        made.getOrDefault(1, 0), made.getOrDefault(0, 0), made.getOrDefault(2, 0), received);
  }

  /**
   * The calls the worker has not looked at yet: neither tried (attempts) nor held back by the open
   * circuit, which marks a call it does not send with why, without counting an attempt.
   */
  private long untried(List<UUID> ids) {
    return forIds(
        "SELECT count(*) FROM federal_call WHERE status = 'QUEUED' AND attempts = 0"
            + " AND last_error IS NULL AND subject = ANY (?)",
        ids);
  }

  private long attempts(List<UUID> ids) {
    return forIds(
        "SELECT coalesce(sum(attempts), 0) FROM federal_call WHERE subject = ANY (?)", ids);
  }

  private long done(List<UUID> ids) {
    return forIds(
        "SELECT count(*) FROM federal_call WHERE status = 'DONE' AND subject = ANY (?)", ids);
  }

  /** The document orders that came back from the production with a production number. */
  private long ordered(List<UUID> ids) {
    return forIds(
        "SELECT count(*) FROM document_order WHERE production_number IS NOT NULL AND id = ANY (?)",
        ids);
  }

  private long forIds(String sql, List<UUID> ids) {
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Array array = connection.createArrayOf("uuid", ids.toArray());
      statement.setArray(1, array);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("counting the federal outbox failed: " + e.getMessage(), e);
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        java.sql.Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
