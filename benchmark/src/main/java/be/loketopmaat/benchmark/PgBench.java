package be.loketopmaat.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The database's own ceiling: pgbench running a one-row insert per transaction, on the same database. */
final class PgBench {
  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

  private PgBench() {}

  static double oneRowInsertTps(Settings settings, int clients) throws IOException, InterruptedException,
      SQLException {
    try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS pgbench_one_row_insert (id BIGSERIAL PRIMARY KEY, "
          + "payload TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())");
      statement.execute("TRUNCATE pgbench_one_row_insert");
    }
    Path script = Files.createTempFile("one-row-insert", ".sql");
    Files.writeString(script, "INSERT INTO pgbench_one_row_insert (payload) VALUES ('booking');\n");
    ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-h", settings.pgHost(), "-p",
        String.valueOf(settings.pgPort()), "-U", settings.user(), "-c", String.valueOf(clients), "-j", "2", "-T", "30",
        "-f", script.toString(), settings.pgDatabase()).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", settings.password());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("pgbench failed:\n" + output);
    }
    Matcher tps = TPS.matcher(output);
    if (!tps.find()) {
      throw new IllegalStateException("no tps in pgbench's output:\n" + output);
    }
    return Double.parseDouble(tps.group(1));
  }
}
