package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.federal.simulator.Faults;
import be.loketopmaat.adapters.federal.simulator.MagdaSimulator;
import be.loketopmaat.application.port.out.ParkingPermitStore;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.parking.LicencePlate;
import be.loketopmaat.domain.parking.ParkingPermit;
import be.loketopmaat.domain.population.HouseholdMember;
import be.loketopmaat.domain.population.HouseholdRole;
import be.loketopmaat.domain.population.Nationality;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.population.Residence;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The renewal of 10,000 resident parking permits over real HTTP on PostgreSQL, the population
 * register being the MAGDA simulator behind the real adapter: the permits are stored in bulk
 * through the store, their holders added to the simulator, some of them moved, with a changed
 * household, gone from the register, deceased or living elsewhere. A register outage stops the
 * first run without losing anything; the next one decides the rest; one more renews nothing twice.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParkingPermitsEndToEndTest implements TestPropertyProvider {
  static final String SCHEMA = "e2e_parking_permits";
  static final int PERMITS = 10_000;
  static final LocalDate RUN = LocalDate.of(2027, 1, 4);
  static final Address HOME = new Address("Lange Nieuwstraat 7", "2000", "Antwerpen");
  static final Residence ANTWERP = new Residence(HOME, NisCode.ANTWERP, LocalDate.of(2015, 1, 1));

  private final MagdaSimulator magda = MagdaSimulator.start(0, Clock.systemUTC());

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject ParkingPermitStore store;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres(SCHEMA));
    properties.put("loket.city", "antwerp");
    properties.put("loket.staff.token", Http.STAFF_TOKEN);
    properties.put("loket.federal.municipality", "11002");
    properties.put("loket.federal.magda.url", magda.baseUri().toString());
    properties.put("loket.parking.renewal.enabled", "false");
    properties.put("loket.outbox.enabled", "false");
    return properties;
  }

  @AfterAll
  void stopSimulator() {
    magda.close();
  }

  /** The i-th holder's national number: born from 1970 on, 900 a day. */
  static NationalNumber holder(int i) {
    LocalDate born = LocalDate.of(1970, 1, 1).plusDays(i / 900L);
    long first9 =
        ((born.getYear() % 100) * 10_000L + born.getMonthValue() * 100L + born.getDayOfMonth())
                * 1000L
            + i % 900
            + 1;
    return NationalNumber.of(Http.insz(first9));
  }

  /** The i-th holder's partner: born from 1980 on. */
  static NationalNumber partner(int i) {
    return holder(i + 3_650 * 900);
  }

  static Person person(
      NationalNumber insz, Residence residence, LocalDate death, NationalNumber... others) {
    List<HouseholdMember> household = new ArrayList<>();
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
        death);
  }

  @Test
  void tenThousandPermitsAreDecidedOnceEachThroughAnOutage() throws Exception {
    LocalDateTime imported = RUN.minusYears(1).atTime(9, 0);
    List<ParkingPermit> batch = new ArrayList<>();
    for (int i = 0; i < PERMITS + 100; i++) {
      boolean due = i < PERMITS;
      LocalDate until = due ? RUN.plusDays(1 + i % 30) : RUN.plusDays(60);
      batch.add(
          ParkingPermit.grant(
              new Citizen(
                  holder(i), "Jan Peeters", "holder" + i + "@example.be", null, Language.NL),
              HOME,
              List.of(partner(i)),
              new LicencePlate("1-PRK-" + i),
              "A" + (i % 7 + 1),
              until.minusYears(1).plusDays(1),
              until,
              "import",
              imported));
      magda.addPerson(person(holder(i), ANTWERP, null, partner(i)));
      if (batch.size() == 1_000) {
        store.insert(batch);
        batch.clear();
      }
    }
    store.insert(batch);
    Residence elsewhereInTheCity =
        new Residence(
            new Address("Kloosterstraat 88", "2000", "Antwerpen"),
            NisCode.ANTWERP,
            RUN.minusMonths(2));
    Residence leuven =
        new Residence(
            new Address("Naamsestraat 50", "3000", "Leuven"), NisCode.LEUVEN, RUN.minusMonths(1));
    for (int i = 0; i < 300; i++) {
      magda.addPerson(person(holder(i * 31), elsewhereInTheCity, null, partner(i * 31)));
    }
    for (int i = 0; i < 200; i++) {
      magda.addPerson(person(holder(i * 31 + 7), ANTWERP, null));
    }
    for (int i = 0; i < 100; i++) {
      magda.forget(holder(i * 31 + 11));
    }
    for (int i = 0; i < 50; i++) {
      magda.addPerson(person(holder(i * 31 + 13), leuven, null, partner(i * 31 + 13)));
      magda.addPerson(
          person(holder(i * 31 + 17), ANTWERP, RUN.minusDays(20), partner(i * 31 + 17)));
    }
    Http http = new Http(server.getURI(), json);

    magda.faults().next(1, new Faults.ServerError(503));
    Http.Response stopped = run(http);
    assertThat(stopped.status()).as(stopped.text()).isEqualTo(200);
    assertThat(stopped.object().get("complete")).isEqualTo(false);
    assertThat((String) stopped.object().get("stoppedBecause")).contains("503");
    int decidedBeforeTheOutage = decided(stopped);
    assertThat(decidedBeforeTheOutage).isLessThan(PERMITS);
    assertThat(count("SELECT count(*) FROM parking_decision")).isEqualTo(decidedBeforeTheOutage);

    long start = System.nanoTime();
    Http.Response full = run(http);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "Renewal run over %d permits: %.1f s%n", PERMITS - decidedBeforeTheOutage, seconds);
    assertThat(full.status()).as(full.text()).isEqualTo(200);
    assertThat(full.object().get("complete")).isEqualTo(true);

    int renewed =
        (Integer) stopped.object().get("renewed") + (Integer) full.object().get("renewed");
    assertThat(renewed).isEqualTo(PERMITS - 700);
    assertThat(count("SELECT count(*) FROM parking_decision")).isEqualTo(PERMITS);
    assertThat(count("SELECT count(*) FROM parking_decision WHERE outcome = 'INVITED'"))
        .isEqualTo(700);
    assertThat(countByReason())
        .isEqualTo(
            Map.of(
                "MOVED", 300L,
                "HOUSEHOLD_CHANGED", 200L,
                "NOT_REGISTERED", 150L,
                "DECEASED", 50L));
    assertThat(count("SELECT count(*) FROM parking_permit WHERE state = 'INVITED'")).isEqualTo(700);
    assertThat(
            count(
                "SELECT count(*) FROM parking_permit WHERE registered_by = 'import'"
                    + " AND state = 'ACTIVE' AND valid_until > DATE '2027-12-31'"))
        .isEqualTo(PERMITS - 700);
    assertThat(count("SELECT count(*) FROM outbox_message WHERE kind = 'PARKING_INVITATION'"))
        .isEqualTo(700);
    assertThat(
            count(
                "SELECT count(DISTINCT reference) FROM register_read"
                    + " WHERE purpose = 'parking permit renewal'"))
        .isEqualTo(PERMITS);

    Http.Response again = run(http);
    assertThat(again.status()).as(again.text()).isEqualTo(200);
    assertThat(decided(again)).isZero();
    assertThat(count("SELECT count(*) FROM parking_decision")).isEqualTo(PERMITS);
    assertThat(count("SELECT count(*) FROM outbox_message WHERE kind = 'PARKING_INVITATION'"))
        .isEqualTo(700);

    Http.Response invited =
        http.staff(
            "GET",
            "/api/v1/staff/parking-permits/renewal-runs/"
                + RUN
                + "/decisions?outcome=INVITED&limit=1000",
            null);
    assertThat(invited.status()).as(invited.text()).isEqualTo(200);
    assertThat(invited.object().get("count")).isEqualTo(700);
    Map<String, Object> first = invited.list("decisions").get(0);
    Http.Response permit =
        http.staff("GET", "/api/v1/staff/parking-permits/" + first.get("permit"), null);
    assertThat(permit.status()).as(permit.text()).isEqualTo(200);
    assertThat(permit.object().get("state")).isEqualTo("INVITED");
    assertThat(permit.text()).doesNotContain(holder(0).digits());
  }

  @Test
  void aPermitIsRegisteredOverHttpAndBadInputIsAProblem() {
    Http http = new Http(server.getURI(), json);
    Http.Response created =
        http.staff(
            "POST",
            "/api/v1/staff/parking-permits",
            """
            {"holder": {"insz": "%s", "name": "Jan Peeters", "email": "jan@example.be"},
             "address": {"street": "Lange Nieuwstraat 7", "postalCode": "2000",
                         "municipality": "Antwerpen"},
             "plate": "2-XYZ-987", "zone": "A1", "validFrom": "2027-03-01",
             "validUntil": "2028-02-29"}"""
                .formatted(holder(PERMITS + 500).digits()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    Http.Response read =
        http.staff("GET", "/api/v1/staff/parking-permits/" + created.object().get("id"), null);
    assertThat(read.status()).as(read.text()).isEqualTo(200);
    assertThat(read.object().get("plate")).isEqualTo("2-XYZ-987");
    assertThat(read.object().get("householdSize")).isEqualTo(1);

    Http.Response backwards =
        http.staff(
            "POST",
            "/api/v1/staff/parking-permits",
            """
            {"holder": {"insz": "%s", "name": "Jan Peeters", "phone": "+32470123456"},
             "address": {"street": "Lange Nieuwstraat 7", "postalCode": "2000",
                         "municipality": "Antwerpen"},
             "plate": "2-XYZ-987", "zone": "A1", "validFrom": "2027-03-01",
             "validUntil": "2027-02-01"}"""
                .formatted(holder(PERMITS + 501).digits()));
    assertThat(backwards.status()).as(backwards.text()).isEqualTo(400);
    assertThat(backwards.header("Content-Type")).startsWith("application/problem+json");
    assertThat(backwards.text()).contains("validUntil");
    Http.Response unknown =
        http.staff("GET", "/api/v1/staff/parking-permits/" + java.util.UUID.randomUUID(), null);
    assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);
  }

  private static Http.Response run(Http http) {
    return http.staff(
        "POST", "/api/v1/staff/parking-permits/renewal-runs", "{\"date\": \"" + RUN + "\"}");
  }

  private static int decided(Http.Response run) {
    return (Integer) run.object().get("renewed") + (Integer) run.object().get("invited");
  }

  private static Connection connect() throws SQLException {
    Map<String, String> db = TestDatabase.postgres(SCHEMA);
    return DriverManager.getConnection(
        db.get("datasources.default.url"),
        db.get("datasources.default.username"),
        db.get("datasources.default.password"));
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private Map<String, Long> countByReason() throws SQLException {
    Map<String, Long> counts = new HashMap<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT reason, count(*) FROM parking_decision WHERE reason IS NOT NULL"
                    + " GROUP BY reason")) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
    }
    return counts;
  }
}
