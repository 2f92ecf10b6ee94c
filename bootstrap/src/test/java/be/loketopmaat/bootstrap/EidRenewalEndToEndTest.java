package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.federal.simulator.MagdaSimulator;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.EidRenewalUseCase;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.FairUseRecords;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.application.port.out.SummonsStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.service.BookingRules;
import be.loketopmaat.application.service.Bookings;
import be.loketopmaat.application.service.CachingLocationRepository;
import be.loketopmaat.application.service.CachingProductRepository;
import be.loketopmaat.application.service.EidRenewalService;
import be.loketopmaat.application.service.EidRenewalSettings;
import be.loketopmaat.application.service.ManagementLinks;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.renewal.ExpiringCard;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Proactive eID renewal over real HTTP on PostgreSQL, the population register being the MAGDA
 * simulator behind the real adapter: a run summons the simulator's residents whose card runs out,
 * keeping slots near home under a cap of one a day (more due holders than the window's days: the
 * rest are invited without a slot), a holder without contact gets a letter; a confirmation books
 * exactly once under concurrent clicks, a release shows the slot in the public search at once, a
 * second run keeps nothing twice, and bad tokens and input are problems.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EidRenewalEndToEndTest implements TestPropertyProvider {
  static final String SCHEMA = "e2e_eid_renewal";
  static final int DUE = 10;
  static final Pattern CONFIRM =
      Pattern.compile("/api/v1/eid-renewal/summons/([A-Za-z0-9_-]{32})/confirm");
  static final Address HOME = new Address("Lange Nieuwstraat 7", "2000", "Antwerpen");

  private final MagdaSimulator magda = MagdaSimulator.start(0, Clock.systemUTC());
  private final LocalDate today = LocalDate.now(CityTime.ZONE);

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject RegisterReads reads;
  @Inject SummonsStore summonses;
  @Inject DeskTimeLedger ledger;
  @Inject FairUseRecords fairUse;
  @Inject DocumentOrderStore documents;
  @Inject AppointmentStore appointments;
  @Inject CachingLocationRepository locations;
  @Inject CachingProductRepository products;
  @Inject CityProfileUseCase city;
  @Inject Notifier notifier;
  @Inject Transactions transactions;
  @Inject Bookings bookings;
  @Inject ManagementLinks links;
  @Inject BookingRules rules;
  @Inject EidRenewalSettings settings;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres(SCHEMA));
    properties.put("loket.city", "antwerp");
    properties.put("loket.staff.token", Http.STAFF_TOKEN);
    properties.put("loket.federal.municipality", "11002");
    properties.put("loket.federal.magda.url", magda.baseUri().toString());
    properties.put("loket.outbox.enabled", "false");
    properties.put("loket.parking.renewal.enabled", "false");
    // The clicks of this test come from one client, faster than a citizen's.
    properties.put("loket.rate-limit.enabled", "false");
    // A week of days at the one location nearest home, one kept slot a day: ten due holders do not
    // all fit.
    properties.put("loket.eid-renewal.window-from-days", "21");
    properties.put("loket.eid-renewal.window-to-days", "27");
    properties.put("loket.eid-renewal.cap-per-day", "1");
    properties.put("loket.eid-renewal.nearest-locations", "1");
    return properties;
  }

  /** The i-th due holder's national number: born in 1971, one a day. */
  static NationalNumber holder(int i) {
    LocalDate born = LocalDate.of(1971, 1, 1).plusDays(i);
    long first9 =
        ((born.getYear() % 100) * 10_000L + born.getMonthValue() * 100L + born.getDayOfMonth())
                * 1000L
            + 501;
    return NationalNumber.of(Http.insz(first9));
  }

  static String email(int i) {
    return "holder" + i + "@example.be";
  }

  @BeforeAll
  void cards() {
    http = new Http(server.getURI(), json);
    Language[] languages = {Language.NL, Language.FR, Language.EN};
    for (int i = 0; i < DUE; i++) {
      magda.addCard(
          new ExpiringCard(
              holder(i),
              "59" + (1_000_000_000L + i),
              today.plusDays(30 + i),
              new PersonName("Holder", "Number " + i),
              HOME,
              languages[i % 3],
              email(i),
              null),
          NisCode.ANTWERP);
    }
    // No contact in the register: a letter.
    magda.addCard(
        new ExpiringCard(
            holder(DUE),
            "591999999999",
            today.plusDays(40),
            new PersonName("Lies", "Zonder Mail"),
            HOME,
            Language.NL,
            null,
            null),
        NisCode.ANTWERP);
    // Beyond the horizon, and of another municipality: not listed.
    magda.addCard(
        new ExpiringCard(
            holder(DUE + 1),
            "591888888888",
            today.plusDays(200),
            new PersonName("Later", "Nog"),
            HOME,
            Language.NL,
            "later@example.be",
            null),
        NisCode.ANTWERP);
    magda.addCard(
        new ExpiringCard(
            holder(DUE + 2),
            "591777777777",
            today.plusDays(20),
            new PersonName("Pieter", "Elders"),
            new Address("Naamsestraat 50", "3000", "Leuven"),
            Language.NL,
            "elders@example.be",
            null),
        NisCode.LEUVEN);
  }

  @AfterAll
  void stopSimulator() {
    magda.close();
  }

  @Test
  @Order(1)
  void aRunKeepsSlotsUnderTheCapAndASecondRunKeepsNothingTwice() throws Exception {
    Http.Response run = run();
    assertThat(run.status()).as(run.text()).isEqualTo(200);
    Map<String, Object> summary = run.object();
    int kept = (Integer) summary.get("kept");
    int invited = (Integer) summary.get("invited");
    assertThat(summary.get("complete")).isEqualTo(true);
    assertThat(summary.get("byPost")).isEqualTo(1);
    assertThat(kept).isBetween(1, 7);
    assertThat(kept + invited).isEqualTo(DUE);

    Http.Response decisions = decisions("");
    assertThat(decisions.status()).as(decisions.text()).isEqualTo(200);
    assertThat(decisions.object().get("count")).isEqualTo(DUE + 1);
    Set<String> days = new HashSet<>();
    for (Map<String, Object> decision : decisions.list("decisions")) {
      if ("KEPT".equals(decision.get("outcome"))) {
        String start = (String) decision.get("start");
        // One kept slot a day at the one location: never two on a day.
        assertThat(days.add(decision.get("location") + "@" + start.substring(0, 10)))
            .as("kept slots on %s", start)
            .isTrue();
        LocalDate day = OffsetDateTime.parse(start).toLocalDate();
        assertThat(day).isBetween(today.plusDays(21), today.plusDays(27));
        assertThat(OffsetDateTime.parse((String) decision.get("keptUntil")).toLocalDate())
            .isEqualTo(day.minusDays(3));
      } else if ("BY_POST".equals(decision.get("reason"))) {
        assertThat(decision.get("letterTo")).isNotNull();
      } else {
        assertThat(decision.get("reason")).isEqualTo("NO_SLOT");
      }
      assertThat((String) decision.get("insz")).contains("*");
    }
    assertThat(count("SELECT count(*) FROM outbox_message WHERE kind = 'EID_SUMMONS'"))
        .isEqualTo(kept);
    assertThat(count("SELECT count(*) FROM outbox_message WHERE kind = 'EID_INVITATION'"))
        .isEqualTo(invited);
    assertThat(count("SELECT count(*) FROM desk_time WHERE kind = 'HOLD' AND active"))
        .isEqualTo(kept);
    assertThat(
            count(
                "SELECT count(DISTINCT insz) FROM register_read"
                    + " WHERE purpose = 'eID renewal summons'"))
        .isEqualTo(DUE + 1);
    assertThat(count("SELECT count(*) FROM eid_summons WHERE token_hash IS NOT NULL"))
        .isEqualTo(kept);

    Http.Response again = run();
    assertThat(again.status()).as(again.text()).isEqualTo(200);
    assertThat(again.object().get("kept")).isEqualTo(0);
    assertThat(again.object().get("invited")).isEqualTo(0);
    assertThat(again.object().get("byPost")).isEqualTo(0);
    assertThat(again.object().get("alreadySummoned")).isEqualTo(DUE + 1);
    assertThat(count("SELECT count(*) FROM desk_time WHERE kind = 'HOLD' AND active"))
        .isEqualTo(kept);
    assertThat(count("SELECT count(*) FROM outbox_message WHERE kind LIKE 'EID_%'")).isEqualTo(DUE);
  }

  @Test
  @Order(2)
  void aConfirmationBooksOnceUnderConcurrentClicks() throws Exception {
    List<String> tokens = tokens();
    String token = tokens.get(0);
    Http.Response before = http.get("/api/v1/eid-renewal/summons/" + token);
    assertThat(before.status()).as(before.text()).isEqualTo(200);
    assertThat(before.object().get("state")).isEqualTo("KEPT");
    String location = (String) before.object().get("location");
    String start = (String) before.object().get("start");

    int clicks = 4;
    ExecutorService pool = Executors.newFixedThreadPool(clicks);
    CountDownLatch ready = new CountDownLatch(clicks);
    List<Callable<Http.Response>> all = new ArrayList<>();
    for (int i = 0; i < clicks; i++) {
      all.add(
          () -> {
            ready.countDown();
            ready.await();
            return confirm(token);
          });
    }
    List<Http.Response> answers = new ArrayList<>();
    try {
      for (Future<Http.Response> answer : pool.invokeAll(all)) {
        answers.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
    assertThat(answers).filteredOn(a -> a.status() == 409).hasSize(clicks - 1);
    Http.Response booked = answers.stream().filter(a -> a.status() == 201).findFirst().get();
    assertThat(booked.object().get("managementCode")).isNotNull();
    assertThat(booked.object().get("start")).isEqualTo(start);
    for (Http.Response lost : answers) {
      if (lost.status() == 409) {
        assertThat(lost.contentType()).startsWith("application/problem+json");
        assertThat(lost.text()).contains("summons-confirmed");
      }
    }
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement(TestDatabase.OPEN_APPOINTMENTS_AT)) {
      statement.setString(1, location);
      statement.setObject(2, OffsetDateTime.parse(start).toLocalDateTime());
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(1);
      }
    }
    assertThat(
            count(
                "SELECT count(*) FROM outbox_message WHERE kind = 'CONFIRMATION'"
                    + " AND appointment_reference = '"
                    + booked.object().get("reference")
                    + "'"))
        .isEqualTo(1);
    Http.Response after = http.get("/api/v1/eid-renewal/summons/" + token);
    assertThat(after.object().get("state")).isEqualTo("CONFIRMED");
    assertThat(after.object().get("appointment")).isEqualTo(booked.object().get("reference"));

    Http.Response release = release(token);
    assertThat(release.status()).as(release.text()).isEqualTo(409);
    assertThat(release.contentType()).startsWith("application/problem+json");
  }

  @Test
  @Order(3)
  void aReleaseShowsTheSlotInThePublicSearchAtOnce() throws Exception {
    List<String> tokens = tokens();
    String token = tokens.get(tokens.size() - 1);
    Map<String, Object> summons = http.get("/api/v1/eid-renewal/summons/" + token).object();
    assertThat(summons.get("state")).isEqualTo("KEPT");
    String location = (String) summons.get("location");
    String start = (String) summons.get("start");
    int placesBefore = placesAt(location, start);

    Http.Response released = release(token);
    assertThat(released.status()).as(released.text()).isEqualTo(200);
    assertThat(released.object().get("state")).isEqualTo("RELEASED");
    assertThat(placesAt(location, start)).isEqualTo(placesBefore + 1);

    Http.Response twice = release(token);
    assertThat(twice.status()).as(twice.text()).isEqualTo(409);
    assertThat(twice.text()).contains("summons-released");
    Http.Response confirm = confirm(token);
    assertThat(confirm.status()).as(confirm.text()).isEqualTo(409);
  }

  @Test
  @Order(4)
  void badTokensAndBadInputAreProblemsInTheAskersLanguage() {
    Http.Response unknown =
        http.send(
            HttpRequest.newBuilder(
                    server
                        .getURI()
                        .resolve(
                            "/api/v1/eid-renewal/summons/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/confirm"))
                .header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.text()).contains("oproeping");

    Http.Response malformed = http.get("/api/v1/eid-renewal/summons/not-a-token");
    assertThat(malformed.status()).as(malformed.text()).isEqualTo(404);
    assertThat(malformed.contentType()).startsWith("application/problem+json");

    Http.Response badDate =
        http.staff("POST", "/api/v1/staff/eid-renewal/runs", "{\"date\": \"2027-13-01\"}");
    assertThat(badDate.status()).as(badDate.text()).isEqualTo(400);
    assertThat(badDate.contentType()).startsWith("application/problem+json");
    Http.Response noDate = http.staff("POST", "/api/v1/staff/eid-renewal/runs", "{}");
    assertThat(noDate.status()).as(noDate.text()).isEqualTo(400);
    Http.Response badOutcome = decisions("?outcome=MAYBE");
    assertThat(badOutcome.status()).as(badOutcome.text()).isEqualTo(400);
    Http.Response badLimit = decisions("?limit=0");
    assertThat(badLimit.status()).as(badLimit.text()).isEqualTo(400);
    Http.Response anonymous = http.get("/api/v1/staff/eid-renewal/runs/" + today + "/decisions");
    assertThat(anonymous.status()).isEqualTo(401);
  }

  @Test
  @Order(5)
  void twoInstancesRunningAtOnceKeepNoMoreThanTheCapADay() throws Exception {
    // A week later: a window of days of its own. The service over HTTP lists the simulator's cards;
    // a second instance on the same database lists cards of its own, due that day too.
    LocalDate later = today.plusDays(7);
    List<ExpiringCard> others = new ArrayList<>();
    for (int i = 0; i < DUE; i++) {
      magda.addCard(dueCard(100 + i, later), NisCode.ANTWERP);
      others.add(dueCard(200 + i, later));
    }
    EidRenewalService second =
        new EidRenewalService(
            new EidRenewalService.Ports(
                (from, to, after, limit) ->
                    others.stream()
                        .filter(
                            c -> after == null || c.insz().digits().compareTo(after.digits()) > 0)
                        .limit(limit)
                        .toList(),
                reads,
                summonses,
                ledger,
                fairUse,
                documents,
                appointments,
                locations,
                products,
                city,
                notifier,
                transactions),
            bookings,
            links,
            rules,
            settings,
            Clock.systemUTC());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch ready = new CountDownLatch(2);
    try {
      Future<Http.Response> overHttp =
          pool.submit(
              () -> {
                ready.countDown();
                ready.await();
                return http.staff(
                    "POST", "/api/v1/staff/eid-renewal/runs", "{\"date\": \"" + later + "\"}");
              });
      Future<EidRenewalUseCase.RunSummary> direct =
          pool.submit(
              () -> {
                ready.countDown();
                ready.await();
                return second.run(later, "second instance");
              });
      Http.Response first = overHttp.get();
      assertThat(first.status()).as(first.text()).isEqualTo(200);
      EidRenewalUseCase.RunSummary other = direct.get();
      int kept = (Integer) first.object().get("kept") + other.kept();
      int invited = (Integer) first.object().get("invited") + other.invited();
      assertThat(kept + invited).isEqualTo(2 * DUE);
      assertThat(kept).isBetween(1, 7);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT location_code, CAST(slot_start AS DATE)"
                    + " FROM eid_summons WHERE outcome = 'KEPT' AND run_date = DATE '"
                    + later
                    + "' GROUP BY 1, 2 HAVING count(*) > 1) AS twice"))
        .as("days with two kept slots at one location")
        .isZero();
  }

  private ExpiringCard dueCard(int i, LocalDate run) {
    return new ExpiringCard(
        holder(i),
        "59" + (1_000_000_000L + i),
        run.plusDays(30),
        new PersonName("Holder", "Number " + i),
        HOME,
        Language.NL,
        email(i),
        null);
  }

  private Http.Response run() {
    return http.staff("POST", "/api/v1/staff/eid-renewal/runs", "{\"date\": \"" + today + "\"}");
  }

  private Http.Response decisions(String query) {
    return http.staff(
        "GET", "/api/v1/staff/eid-renewal/runs/" + today + "/decisions" + query, null);
  }

  private Http.Response confirm(String token) {
    return http.postJson("/api/v1/eid-renewal/summons/" + token + "/confirm", Map.of());
  }

  private Http.Response release(String token) {
    return http.postJson("/api/v1/eid-renewal/summons/" + token + "/release", Map.of());
  }

  /** The places the public search shows at the location at that start, 0 when none. */
  private int placesAt(String location, String start) {
    String day = start.substring(0, 10);
    Http.Response page =
        http.get(
            "/api/v1/availability?mode=proximity&product=eid-application&location="
                + location
                + "&from="
                + day
                + "&to="
                + day
                + "&limit=100");
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    return page.list("slots").stream()
        .filter(s -> start.equals(s.get("start")))
        .mapToInt(s -> (Integer) s.get("placesLeft"))
        .findFirst()
        .orElse(0);
  }

  /** The tokens of the summonses with a kept slot, read from their messages in the outbox. */
  private List<String> tokens() throws SQLException {
    List<String> tokens = new ArrayList<>();
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT body FROM outbox_message WHERE kind = 'EID_SUMMONS' ORDER BY id");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        Matcher matcher = CONFIRM.matcher(rows.getString(1));
        assertThat(matcher.find()).isTrue();
        tokens.add(matcher.group(1));
      }
    }
    assertThat(tokens).hasSizeGreaterThanOrEqualTo(2);
    return tokens;
  }

  private static Connection connect() throws SQLException {
    Map<String, String> db = TestDatabase.postgres(SCHEMA);
    return DriverManager.getConnection(
        db.get("datasources.default.url"),
        db.get("datasources.default.username"),
        db.get("datasources.default.password"));
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
