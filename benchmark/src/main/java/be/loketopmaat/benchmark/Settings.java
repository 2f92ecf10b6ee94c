package be.loketopmaat.benchmark;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** What the benchmark runs against and how hard, from the environment scripts/benchmark.sh sets. */
record Settings(
    String jdbcUrl,
    String user,
    String password,
    String pgHost,
    int pgPort,
    String pgDatabase,
    String pgSchema,
    String serviceJar,
    String workDir,
    int rushClients,
    int cachedReadsPerClient,
    int sustainedClients,
    int sustainedWarmupSeconds,
    int sustainedSeconds,
    int backgroundSearchClients,
    int backgroundSearchSeconds,
    int pgbenchSeconds,
    int searchWarmup,
    int searchRuns,
    Set<String> phases) {
  /** The phases {@code LOKET_BENCH_PHASES} may name, comma-separated; unset runs them all. */
  static final Set<String> PHASES =
      Set.of("appointments", "federal", "parking", "attests", "kiosk");

  private static final Pattern LIST = Pattern.compile(",");

  static Settings fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  /**
   * From these variables ({@code LOKET_BENCH_...}); unset or blank ones take their defaults. A
   * schema ({@code LOKET_BENCH_PG_SCHEMA}) other than the default {@code public} is for tests that
   * share a database: the JDBC connections and pgbench then work in it.
   */
  static Settings fromEnvironment(UnaryOperator<String> variables) {
    UnaryOperator<String> env =
        name -> {
          String value = variables.apply(name);
          return value == null || value.isBlank() ? null : value;
        };
    String host = or(env.apply("LOKET_BENCH_PG_HOST"), "127.0.0.1");
    int port = Integer.parseInt(or(env.apply("LOKET_BENCH_PG_PORT"), "5432"));
    String database = or(env.apply("LOKET_BENCH_PG_DATABASE"), "loket_bench");
    String schema = env.apply("LOKET_BENCH_PG_SCHEMA");
    return new Settings(
        "jdbc:postgresql://"
            + host
            + ":"
            + port
            + "/"
            + database
            + (schema == null ? "" : "?currentSchema=" + schema),
        or(env.apply("LOKET_BENCH_PG_USER"), "loket"),
        or(env.apply("LOKET_BENCH_PG_PASSWORD"), "loket"),
        host,
        port,
        database,
        schema,
        or(env.apply("LOKET_BENCH_SERVICE_JAR"), "bootstrap/target/loket-op-maat.jar"),
        or(env.apply("LOKET_BENCH_WORK_DIR"), "target/benchmark"),
        Integer.parseInt(or(env.apply("LOKET_BENCH_RUSH_CLIENTS"), "500")),
        Integer.parseInt(or(env.apply("LOKET_BENCH_CACHED_READS_PER_CLIENT"), "20")),
        Integer.parseInt(or(env.apply("LOKET_BENCH_SUSTAINED_CLIENTS"), "16")),
        Integer.parseInt(or(env.apply("LOKET_BENCH_SUSTAINED_WARMUP_SECONDS"), "5")),
        Integer.parseInt(or(env.apply("LOKET_BENCH_SUSTAINED_SECONDS"), "40")),
        Integer.parseInt(or(env.apply("LOKET_BENCH_BACKGROUND_SEARCH_CLIENTS"), "2")),
        Integer.parseInt(or(env.apply("LOKET_BENCH_BACKGROUND_SEARCH_SECONDS"), "20")),
        Integer.parseInt(or(env.apply("LOKET_BENCH_PGBENCH_SECONDS"), "30")),
        Integer.parseInt(or(env.apply("LOKET_BENCH_SEARCH_WARMUP"), "50")),
        Integer.parseInt(or(env.apply("LOKET_BENCH_SEARCH_RUNS"), "300")),
        phases(env.apply("LOKET_BENCH_PHASES")));
  }

  /** Whether this run measures {@code phase} (one of {@link #PHASES}). */
  boolean runs(String phase) {
    return phases.isEmpty() || phases.contains(phase);
  }

  private static Set<String> phases(String list) {
    if (list == null) {
      return Set.of();
    }
    Set<String> phases = new java.util.TreeSet<>();
    for (String phase : LIST.split(list, -1)) {
      String name = phase.trim().toLowerCase(java.util.Locale.ROOT);
      if (!PHASES.contains(name)) {
        throw new IllegalArgumentException(
            "LOKET_BENCH_PHASES: no phase '"
                + name
                + "'; the phases are "
                + new java.util.TreeSet<>(PHASES));
      }
      phases.add(name);
    }
    return Set.copyOf(phases);
  }

  /**
   * The instances run with their defaults but two: the database, and the rate limit keyed by the
   * client header the benchmark sets (one loopback address stands for hundreds of clients here) and
   * raised so that it measures the service, not the limit.
   */
  Map<String, String> serviceEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("DATASOURCES_DEFAULT_URL", jdbcUrl);
    env.put("DATASOURCES_DEFAULT_USERNAME", user);
    env.put("DATASOURCES_DEFAULT_PASSWORD", password);
    env.put("LOKET_CITY", "antwerp");
    env.put("LOKET_RATE_LIMIT_CLIENT_HEADER", "X-Client-Id");
    env.put("LOKET_RATE_LIMIT_REQUESTS_PER_MINUTE", "1000000");
    return env;
  }

  /**
   * An instance with a staff token and MAGDA's simulator as population register, and none of the
   * background work (renewal runs, the message outbox) that would run beside a phase's own load.
   */
  Map<String, String> registerEnvironment(String staffToken, String magdaUrl) {
    Map<String, String> env = serviceEnvironment();
    env.put("LOKET_STAFF_TOKEN", staffToken);
    env.put("LOKET_FEDERAL_MUNICIPALITY", be.loketopmaat.domain.population.NisCode.ANTWERP.value());
    env.put("LOKET_FEDERAL_MAGDA_URL", magdaUrl);
    env.put("LOKET_PARKING_RENEWAL_ENABLED", "false");
    env.put("LOKET_OUTBOX_ENABLED", "false");
    return env;
  }

  Map<String, Object> inProcessProperties() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("datasources.default.url", jdbcUrl);
    properties.put("datasources.default.username", user);
    properties.put("datasources.default.password", password);
    properties.put("flyway.datasources.default.enabled", false);
    properties.put("loket.city", "antwerp");
    return properties;
  }

  private static String or(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
