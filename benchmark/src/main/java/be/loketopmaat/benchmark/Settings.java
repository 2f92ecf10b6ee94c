package be.loketopmaat.benchmark;

import java.util.HashMap;
import java.util.Map;

/** What the benchmark runs against and how hard, from the environment scripts/benchmark.sh sets. */
record Settings(String jdbcUrl, String user, String password, String pgHost, int pgPort, String pgDatabase,
    String serviceJar, String workDir, int rushClients, int sustainedClients, int sustainedSeconds,
    int searchWarmup, int searchRuns) {

  static Settings fromEnvironment() {
    String host = env("LOKET_BENCH_PG_HOST", "127.0.0.1");
    int port = Integer.parseInt(env("LOKET_BENCH_PG_PORT", "5432"));
    String database = env("LOKET_BENCH_PG_DATABASE", "loket_bench");
    return new Settings("jdbc:postgresql://" + host + ":" + port + "/" + database,
        env("LOKET_BENCH_PG_USER", "loket"), env("LOKET_BENCH_PG_PASSWORD", "loket"), host, port, database,
        env("LOKET_BENCH_SERVICE_JAR", "bootstrap/target/loket-op-maat.jar"),
        env("LOKET_BENCH_WORK_DIR", "target/benchmark"),
        Integer.parseInt(env("LOKET_BENCH_RUSH_CLIENTS", "500")),
        Integer.parseInt(env("LOKET_BENCH_SUSTAINED_CLIENTS", "16")),
        Integer.parseInt(env("LOKET_BENCH_SUSTAINED_SECONDS", "60")),
        Integer.parseInt(env("LOKET_BENCH_SEARCH_WARMUP", "50")),
        Integer.parseInt(env("LOKET_BENCH_SEARCH_RUNS", "300")));
  }

  /**
   * The instances run with their defaults but two: the database, and the rate limit keyed by the client
   * header the benchmark sets (one loopback address stands for hundreds of clients here) and raised so that
   * it measures the service, not the limit.
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

  Map<String, Object> inProcessProperties() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("datasources.default.url", jdbcUrl);
    properties.put("datasources.default.username", user);
    properties.put("datasources.default.password", password);
    properties.put("flyway.datasources.default.enabled", false);
    properties.put("loket.city", "antwerp");
    return properties;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
