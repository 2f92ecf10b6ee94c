package be.loketopmaat.benchmark;

import be.loketopmaat.adapters.federal.simulator.MagdaSimulator;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.population.HouseholdMember;
import be.loketopmaat.domain.population.HouseholdRole;
import be.loketopmaat.domain.population.Nationality;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.population.Residence;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The renewal run of the resident parking permits (issue 7) over {@link #PERMITS} permits, against
 * the MAGDA simulator (a real HTTP server in this JVM, behind the service's real adapter): the
 * permits are written straight into the database, their holders added to the simulator, 1% of them
 * moved and 1% with another household; then a staff client starts the run for a day over the staff
 * API and the clock runs until it answers; a second run for the same day must decide nothing. Also
 * runnable alone ({@link #main}), against the database the settings name.
 */
final class ParkingRenewalPhase {
  static final int PERMITS =
      Integer.parseInt(System.getenv().getOrDefault("LOKET_BENCH_PARKING_PERMITS", "100000"));

  static final LocalDate RUN = LocalDate.of(2027, 1, 4);
  private static final Address HOME = new Address("Lange Nieuwstraat 7", "2000", "Antwerpen");

  record Result(
      int permits,
      double seconds,
      int renewed,
      int invited,
      Map<String, Integer> invitedBy,
      boolean complete,
      double againSeconds,
      int decidedAgain,
      long decisions) {
    double perSecond() {
      return permits / seconds;
    }
  }

  private final Settings settings;
  private final String staffToken;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ParkingRenewalPhase(Settings settings) {
    this.settings = settings;
    byte[] key = new byte[24];
    new SecureRandom().nextBytes(key);
    this.staffToken = java.util.HexFormat.of().formatHex(key);
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Settings settings = Settings.fromEnvironment();
    Path logs = Files.createDirectories(Path.of(settings.workDir()));
    Result result =
        new ParkingRenewalPhase(settings).measure(18085, logs.resolve("instance-e.log").toFile());
    System.out.println(describe(result));
    System.exit(0);
  }

  static String describe(Result result) {
    return String.format(
        Locale.ROOT,
        "Renewal run over %,d permits: %.1f s (%.0f permits/s), %,d renewed, %,d invited %s,"
            + " complete %s; the same day again: %.1f s, %d decided; %,d decisions in the table.",
        result.permits(),
        result.seconds(),
        result.perSecond(),
        result.renewed(),
        result.invited(),
        result.invitedBy(),
        result.complete(),
        result.againSeconds(),
        result.decidedAgain(),
        result.decisions());
  }

  Result measure(int port, File log) throws Exception {
    try (MagdaSimulator magda = MagdaSimulator.start(0, Clock.systemUTC())) {
      Map<String, String> env = settings.serviceEnvironment();
      env.put("LOKET_STAFF_TOKEN", staffToken);
      env.put("LOKET_FEDERAL_MUNICIPALITY", NisCode.ANTWERP.value());
      env.put("LOKET_FEDERAL_MAGDA_URL", magda.baseUri().toString());
      env.put("LOKET_PARKING_RENEWAL_ENABLED", "false");
      env.put("LOKET_OUTBOX_ENABLED", "false");
      // One request runs the whole renewal: the server must not close it for idleness meanwhile.
      env.put("MICRONAUT_SERVER_IDLE_TIMEOUT", "60m");
      env.put("MICRONAUT_SERVER_READ_IDLE_TIMEOUT", "60m");
      env.put("MICRONAUT_SERVER_WRITE_IDLE_TIMEOUT", "60m");
      try (ServiceProcess service = ServiceProcess.start(settings.serviceJar(), port, env, log)) {
        fill(magda);
        long start = System.nanoTime();
        JsonNode first = run(service.base);
        double seconds = (System.nanoTime() - start) / 1e9;
        long again = System.nanoTime();
        JsonNode second = run(service.base);
        double againSeconds = (System.nanoTime() - again) / 1e9;
        Map<String, Integer> invitedBy = new java.util.TreeMap<>();
        first
            .get("invitedBy")
            .fields()
            .forEachRemaining(e -> invitedBy.put(e.getKey(), e.getValue().asInt()));
        return new Result(
            PERMITS,
            seconds,
            first.get("renewed").asInt(),
            first.get("invited").asInt(),
            invitedBy,
            first.get("complete").asBoolean(),
            againSeconds,
            second.get("renewed").asInt() + second.get("invited").asInt(),
            count());
      }
    }
  }

  /** The permits in the database (made anew), their holders in the simulator. */
  private void fill(MagdaSimulator magda) throws SQLException {
    Residence antwerp = new Residence(HOME, NisCode.ANTWERP, LocalDate.of(2015, 1, 1));
    Residence moved =
        new Residence(
            new Address("Kloosterstraat 88", "2000", "Antwerpen"),
            NisCode.ANTWERP,
            RUN.minusMonths(2));
    try (Connection connection =
        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("DELETE FROM parking_decision");
        statement.executeUpdate("DELETE FROM parking_permit");
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO parking_permit (id, holder_insz, holder_name, holder_email,"
                  + " holder_language, street, postal_code, municipality, household, plate, zone,"
                  + " valid_from, valid_until, state, registered_by, registered_at) VALUES (?, ?,"
                  + " 'Jan Peeters', ?, 'NL', ?, ?, ?, ?, ?, 'A1', ?, ?, 'ACTIVE', 'benchmark', ?)")) {
        for (int i = 0; i < PERMITS; i++) {
          NationalNumber holder = insz(i);
          NationalNumber partner = insz(i + 3_650 * 900);
          LocalDate until = RUN.plusDays(1 + i % 30);
          insert.setObject(1, UUID.randomUUID());
          insert.setString(2, holder.digits());
          insert.setString(3, "holder" + i + "@example.be");
          insert.setString(4, HOME.street());
          insert.setString(5, HOME.postalCode());
          insert.setString(6, HOME.municipality());
          insert.setString(7, holder.digits() + "," + partner.digits());
          insert.setString(8, "1-PRK-" + i);
          insert.setObject(9, until.minusYears(1).plusDays(1));
          insert.setObject(10, until);
          insert.setObject(11, LocalDateTime.of(2026, 1, 1, 9, 0));
          insert.addBatch();
          if (i % 1000 == 999) {
            insert.executeBatch();
          }
          boolean householdChanged = i % 100 == 37;
          magda.addPerson(
              person(
                  holder,
                  i % 100 == 11 ? moved : antwerp,
                  householdChanged ? List.of() : List.of(partner)));
        }
        insert.executeBatch();
      }
      connection.commit();
    }
  }

  private static Person person(
      NationalNumber insz, Residence residence, List<NationalNumber> others) {
    List<HouseholdMember> household = new java.util.ArrayList<>();
    household.add(
        new HouseholdMember(
            insz, new PersonName("Jan", "Peeters"), HouseholdRole.REFERENCE_PERSON));
    for (NationalNumber other : others) {
      household.add(
          new HouseholdMember(other, new PersonName("An", "Peeters"), HouseholdRole.PARTNER));
    }
    return new Person(
        insz,
        new PersonName("Jan", "Peeters"),
        LocalDate.of(1970, 1, 1),
        Nationality.BELGIAN,
        residence,
        household,
        null);
  }

  /** The i-th made-up national number: born from 1970 on, 900 a day, check digits right. */
  static NationalNumber insz(int i) {
    LocalDate born = LocalDate.of(1970, 1, 1).plusDays(i / 900L);
    long first9 =
        ((born.getYear() % 100) * 10_000L + born.getMonthValue() * 100L + born.getDayOfMonth())
                * 1000L
            + i % 900
            + 1;
    return NationalNumber.of(String.format("%09d%02d", first9, 97 - first9 % 97));
  }

  private JsonNode run(URI base) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/staff/parking-permits/renewal-runs"))
                .timeout(Duration.ofMinutes(60))
                .header("Authorization", "Bearer " + staffToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"date\": \"" + RUN + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "the renewal run answered " + response.statusCode() + ": " + response.body());
    }
    return Benchmark.JSON.readTree(response.body());
  }

  private long count() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        Statement statement = connection.createStatement();
        java.sql.ResultSet result =
            statement.executeQuery("SELECT count(*) FROM parking_decision")) {
      result.next();
      return result.getLong(1);
    }
  }
}
