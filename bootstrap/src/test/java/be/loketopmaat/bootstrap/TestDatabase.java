package be.loketopmaat.bootstrap;

import java.util.HashMap;
import java.util.Map;

/**
 * The real PostgreSQL the end-to-end tests run on, as scripts/test.sh provides it. Each test class
 * gets a schema of its own, cleaned and migrated at start, so that runs repeat and classes do not
 * meet.
 */
final class TestDatabase {
  /** Open appointments at a location starting at a time, read from the table itself. */
  static final String OPEN_APPOINTMENTS_AT =
      "SELECT count(*) FROM desk_time WHERE kind = 'APPOINTMENT' AND active "
          + "AND location_code = ? AND start_at = ?";

  private TestDatabase() {}

  static Map<String, String> postgres(String schema) {
    String url = System.getenv("LOKET_TEST_DB_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "LOKET_TEST_DB_URL is not set: the end-to-end tests run on a real "
              + "PostgreSQL. Run them with ./scripts/test.sh, which starts one (see README).");
    }
    Map<String, String> properties = new HashMap<>();
    properties.put(
        "datasources.default.url",
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    properties.put("datasources.default.username", env("LOKET_TEST_DB_USER", "loket"));
    properties.put("datasources.default.password", env("LOKET_TEST_DB_PASSWORD", "loket"));
    properties.put("flyway.datasources.default.schemas", schema);
    properties.put("flyway.datasources.default.clean-schema", "true");
    properties.put("flyway.datasources.default.clean-disabled", "false");
    return properties;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /**
   * Whether the appointment {@code reference} is in the schema's table itself, whatever the API
   * says.
   */
  static boolean appointmentStored(String schema, String reference) {
    Map<String, String> db = postgres(schema);
    try (java.sql.Connection connection =
            java.sql.DriverManager.getConnection(
                db.get("datasources.default.url"),
                db.get("datasources.default.username"),
                db.get("datasources.default.password"));
        java.sql.PreparedStatement query =
            connection.prepareStatement(
                "SELECT count(*) FROM desk_time WHERE kind = 'APPOINTMENT' AND reference = ?")) {
      query.setString(1, reference);
      try (java.sql.ResultSet result = query.executeQuery()) {
        result.next();
        return result.getInt(1) == 1;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
