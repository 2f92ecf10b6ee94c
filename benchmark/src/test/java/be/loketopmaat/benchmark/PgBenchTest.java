package be.loketopmaat.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pgbench's two scripts on the real PostgreSQL of the tests, in a schema of their own that the
 * service's own migrations make: the booking script must keep running against the schema as it
 * changes, write where it says it writes and leave the real appointments alone.
 */
class PgBenchTest {
  private static final String SCHEMA = "benchmark_pgbench";
  private static final String LOCATION = "districtshuis-deurne";
  private static final Pattern URL =
      Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+).*");

  private static Settings settings;
  private static ApplicationContext context;

  @TempDir Path work;

  @BeforeAll
  static void migrate() {
    settings = settings(SCHEMA);
    Map<String, Object> properties = new HashMap<>();
    properties.put("datasources.default.url", settings.jdbcUrl());
    properties.put("datasources.default.username", settings.user());
    properties.put("datasources.default.password", settings.password());
    properties.put("flyway.datasources.default.enabled", true);
    properties.put("flyway.datasources.default.schemas", SCHEMA);
    properties.put("flyway.datasources.default.clean-schema", true);
    properties.put("flyway.datasources.default.clean-disabled", false);
    properties.put("loket.city", "antwerp");
    context = ApplicationContext.run(properties);
    context.getBean(DataSource.class);
  }

  @AfterAll
  static void close() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  void theBookingScriptBooksOnMadeUpDesksOfTheLocationAndLeavesRealAppointmentsAlone()
      throws Exception {
    execute(
        "INSERT INTO desk_time (id, kind, location_code, desk, start_at, end_at, active, products, persons, "
            + "reference, management_code_hash, citizen_insz, citizen_name, citizen_language, booked_via, status) VALUES "
            + "(gen_random_uuid(), 'APPOINTMENT', '"
            + LOCATION
            + "', 'desk-1', CURRENT_DATE + 10 + TIME '09:00', "
            + "CURRENT_DATE + 10 + TIME '09:05', TRUE, 'attest-household-composition', 1, 'REAL-001', 'x', "
            + "'85073003328', 'Real Citizen', 'NL', 'E_COUNTER', 'BOOKED')");

    PgBench.Result result = PgBench.booking(settings, 2, LOCATION, work);

    assertThat(result.tps()).isPositive();
    long booked = count("SELECT count(*) FROM desk_time WHERE desk LIKE 'pgbench-%'");
    assertThat(booked).isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM desk_time WHERE desk LIKE 'pgbench-%' AND (location_code <> '"
                    + LOCATION
                    + "' OR kind <> 'APPOINTMENT' OR NOT active OR end_at - start_at <> INTERVAL '5 minutes' "
                    + "OR start_at < CURRENT_DATE + 2 OR start_at >= CURRENT_DATE + 91)"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM desk_time WHERE reference = 'REAL-001' AND active AND desk = 'desk-1'"))
        .isOne();
    assertThat(count("SELECT count(*) FROM desk_time")).isEqualTo(booked + 1);
    assertThat(count("SELECT count(*) FROM outbox_message")).isGreaterThanOrEqualTo(booked);
    assertThat(Files.readString(work.resolve("booking.log")))
        .contains("-M prepared", "-D location=" + LOCATION);
    assertThat(result.statements()).hasSize(11);
    assertThat(result.statements().get(0).firstLine()).isEqualTo("BEGIN;");
    assertThat(result.statements().get(10).firstLine()).isEqualTo("END;");
    assertThat(result.statements())
        .allSatisfy(statement -> assertThat(statement.millis()).isPositive());
  }

  @Test
  void theOneRowInsertMakesItsTableAndFillsIt() throws Exception {
    PgBench.Result result = PgBench.oneRowInsert(settings, 2, work);

    assertThat(result.tps()).isPositive();
    assertThat(count("SELECT count(*) FROM pgbench_one_row_insert")).isPositive();
    assertThat(Files.readString(work.resolve("one-row-insert.log"))).doesNotContain("-M prepared");
  }

  @Test
  void theOutboxRowInsertFillsACopyOfTheFederalOutboxAndLeavesTheRealOneAlone() throws Exception {
    execute(
        "INSERT INTO federal_call (call_kind, subject, status, attempts, created_at, next_attempt_at)"
            + " VALUES ('ORDER_DOCUMENT', gen_random_uuid(), 'QUEUED', 0, LOCALTIMESTAMP, LOCALTIMESTAMP)");

    PgBench.Result result = PgBench.outboxRowInsert(settings, 2, work);

    assertThat(result.tps()).isPositive();
    long rows = count("SELECT count(*) FROM pgbench_outbox_row");
    assertThat(rows).isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM pgbench_outbox_row WHERE status <> 'QUEUED' OR attempts <> 0"
                    + " OR call_kind <> 'ORDER_DOCUMENT' OR next_attempt_at IS NULL"))
        .isZero();
    assertThat(count("SELECT count(*) FROM federal_call")).isOne();
    assertThat(
            count(
                "SELECT count(*) FROM pg_indexes WHERE tablename = 'pgbench_outbox_row'"
                    + " AND schemaname = '"
                    + SCHEMA
                    + "'"))
        .as("the copy keeps the outbox's primary key, unique constraint and due index")
        .isEqualTo(3);
    assertThat(Files.readString(work.resolve("outbox-row-insert.log"))).contains("-M prepared");

    PgBench.outboxRowInsert(settings, 2, work);
    assertThat(count("SELECT min(id) FROM pgbench_outbox_row"))
        .as("made anew for each run")
        .isOne();
  }

  @Test
  void aScriptThatFailsIsReportedNotCounted() throws Exception {
    Settings empty = settings("benchmark_pgbench_empty");
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS benchmark_pgbench_empty CASCADE");
      statement.execute("CREATE SCHEMA benchmark_pgbench_empty");
    }

    assertThatThrownBy(() -> PgBench.booking(empty, 2, LOCATION, work))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("slot_release");
  }

  private static Settings settings(String schema) {
    String url = System.getenv("LOKET_TEST_DB_URL");
    if (url == null || url.isBlank()) {
      fail(
          "pgbench's scripts are tested on a real PostgreSQL: set LOKET_TEST_DB_URL, LOKET_TEST_DB_USER and "
              + "LOKET_TEST_DB_PASSWORD (the README's test command does).");
    }
    Matcher parts = URL.matcher(url);
    if (!parts.matches()) {
      fail("LOKET_TEST_DB_URL is not jdbc:postgresql://host[:port]/database: " + url);
    }
    Map<String, String> variables = new HashMap<>();
    variables.put("LOKET_BENCH_PG_HOST", parts.group(1));
    variables.put("LOKET_BENCH_PG_PORT", parts.group(2));
    variables.put("LOKET_BENCH_PG_DATABASE", parts.group(3));
    variables.put("LOKET_BENCH_PG_SCHEMA", schema);
    variables.put("LOKET_BENCH_PG_USER", System.getenv("LOKET_TEST_DB_USER"));
    variables.put("LOKET_BENCH_PG_PASSWORD", System.getenv("LOKET_TEST_DB_PASSWORD"));
    variables.put("LOKET_BENCH_PGBENCH_SECONDS", "2");
    return Settings.fromEnvironment(variables::get);
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
