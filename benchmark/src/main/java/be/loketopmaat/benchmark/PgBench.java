package be.loketopmaat.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own ceilings, measured with pgbench on the same database and with the same client
 * count as the load they are compared with. The scripts are resources under {@code pgbench/} (in
 * the jar and in {@code benchmark/src/main/resources/pgbench}), each with the command line to run
 * it by hand.
 */
final class PgBench {
  private static final Pattern TPS =
      Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
  private static final Pattern FAILED = Pattern.compile("number of failed transactions: ([0-9]+)");

  /**
   * pgbench's per-statement latencies ({@code -r}): each SQL command's first line, in script order.
   */
  private static final Pattern STATEMENT =
      Pattern.compile("(?m)^\\s+([0-9.]+)\\s+\\d+\\s+([^\\\\\\s].*)$");

  /** One statement of a script and its average latency over the run. */
  record Statement(String firstLine, double millis) {}

  /** One run's outcome; {@code output} is pgbench's own report. */
  record Result(
      String script, int clients, double tps, List<Statement> statements, String output) {}

  private PgBench() {}

  /** One one-row insert and its commit per transaction, in pgbench's default query mode. */
  static Result oneRowInsert(Settings settings, int clients, Path workDir)
      throws IOException, InterruptedException, SQLException {
    setUp(settings, "one-row-insert-setup.sql");
    return run(settings, clients, "one-row-insert.sql", List.of(), Map.of(), workDir);
  }

  /**
   * One row like the federal outbox's and its commit per transaction, prepared as the service sends
   * it, into a copy of {@code federal_call} made anew (the service's own outbox stays untouched).
   */
  static Result outboxRowInsert(Settings settings, int clients, Path workDir)
      throws IOException, InterruptedException, SQLException {
    setUp(settings, "outbox-row-insert-setup.sql");
    return run(
        settings, clients, "outbox-row-insert.sql", List.of("-M", "prepared"), Map.of(), workDir);
  }

  private static void setUp(Settings settings, String script) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute(resource(script));
    }
  }

  /**
   * The statements of one booking in one transaction, prepared as the JDBC driver has them after
   * its first few executions, with the desks of {@code location}'s day to read.
   */
  static Result booking(Settings settings, int clients, String location, Path workDir)
      throws IOException, InterruptedException {
    return run(
        settings,
        clients,
        "booking.sql",
        List.of("-M", "prepared", "-r"),
        Map.of("location", location),
        workDir);
  }

  private static Result run(
      Settings settings,
      int clients,
      String script,
      List<String> options,
      Map<String, String> variables,
      Path workDir)
      throws IOException, InterruptedException {
    Path file = workDir.resolve(script);
    Files.writeString(file, resource(script));
    List<String> command =
        new ArrayList<>(
            List.of(
                "pgbench",
                "-n",
                "-h",
                settings.pgHost(),
                "-p",
                String.valueOf(settings.pgPort()),
                "-U",
                settings.user(),
                "-c",
                String.valueOf(clients),
                "-j",
                "2",
                "-T",
                String.valueOf(settings.pgbenchSeconds())));
    command.addAll(options);
    variables.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
    command.addAll(List.of("-f", file.toString(), settings.pgDatabase()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", settings.password());
    if (settings.pgSchema() != null) {
      builder.environment().put("PGOPTIONS", "-c search_path=" + settings.pgSchema());
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Files.writeString(
        workDir.resolve(script.replace(".sql", ".log")), String.join(" ", command) + "\n" + output);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("pgbench failed on " + script + ":\n" + output);
    }
    Matcher failed = FAILED.matcher(output);
    if (failed.find() && Long.parseLong(failed.group(1)) > 0) {
      throw new IllegalStateException(
          "pgbench counted failed transactions on " + script + ":\n" + output);
    }
    Matcher tps = TPS.matcher(output);
    if (!tps.find()) {
      throw new IllegalStateException("no tps in pgbench's output:\n" + output);
    }
    List<Statement> statements = new ArrayList<>();
    int latencies = output.indexOf("statement latencies");
    if (latencies >= 0) {
      Matcher statement = STATEMENT.matcher(output.substring(latencies));
      while (statement.find()) {
        statements.add(
            new Statement(statement.group(2).trim(), Double.parseDouble(statement.group(1))));
      }
    }
    return new Result(
        script, clients, Double.parseDouble(tps.group(1)), List.copyOf(statements), output);
  }

  static String resource(String name) {
    try (InputStream in = PgBench.class.getResourceAsStream("/pgbench/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource pgbench/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
