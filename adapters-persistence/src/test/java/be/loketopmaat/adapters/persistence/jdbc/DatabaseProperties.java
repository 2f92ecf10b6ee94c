package be.loketopmaat.adapters.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;

/**
 * Test context properties for the two databases the migrations must run on. Each test class gets a
 * database (H2) or schema (PostgreSQL) of its own, cleaned and migrated when its context starts, so
 * that runs repeat and the tests of other modules on the same PostgreSQL database never meet these
 * tables.
 */
public final class DatabaseProperties {
  private DatabaseProperties() {}

  /**
   * The local PostgreSQL server named by the environment. Without it the tests fail rather than
   * skip: a persistence build that silently tested nothing on PostgreSQL would pass for a tested
   * one.
   */
  public static Map<String, String> postgres(String schema) {
    String url = System.getenv("LOKET_TEST_DB_URL");
    String user = System.getenv("LOKET_TEST_DB_USER");
    String password = System.getenv("LOKET_TEST_DB_PASSWORD");
    if (isBlank(url) || isBlank(user) || password == null) {
      fail(
          "The PostgreSQL tests need LOKET_TEST_DB_URL, LOKET_TEST_DB_USER and LOKET_TEST_DB_PASSWORD."
              + " Run the tests with the test command of the README, which starts the local PostgreSQL server"
              + " and sets them (for example LOKET_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/loket_test).");
    }
    return Map.of(
        "datasources.default.url",
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        "datasources.default.username",
        user,
        "datasources.default.password",
        password,
        "datasources.default.driver-class-name",
        "org.postgresql.Driver",
        "flyway.datasources.default.enabled",
        "true",
        "flyway.datasources.default.schemas",
        schema,
        "flyway.datasources.default.clean-schema",
        "true",
        "flyway.datasources.default.clean-disabled",
        "false");
  }

  /** An in-memory H2 database in the PostgreSQL mode the service uses as its embedded default. */
  public static Map<String, String> h2(String database) {
    return Map.of(
        "datasources.default.url",
            "jdbc:h2:mem:"
                + database
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "datasources.default.username", "sa",
        "datasources.default.password", "",
        "datasources.default.driver-class-name", "org.h2.Driver",
        "flyway.datasources.default.enabled", "true",
        "flyway.datasources.default.clean-schema", "true",
        "flyway.datasources.default.clean-disabled", "false");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
