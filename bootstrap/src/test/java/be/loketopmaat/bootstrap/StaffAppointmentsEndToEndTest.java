package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.calendar.CityTime;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contact centre helps a caller without their management code, and a citizen who lost their
 * link gets a new one: over real HTTP on PostgreSQL, Antwerp's data, messages read from the outbox
 * table itself.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffAppointmentsEndToEndTest implements TestPropertyProvider {
  private static final String SCHEMA = "e2e_staff_appointments";
  private static final String PUBLIC_URL = "https://loket.example.be";
  private static final Pattern LINK =
      Pattern.compile(
          Pattern.quote(PUBLIC_URL) + "/api/v1/appointments/([A-Z0-9-]+)\\?code=(\\S+)");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres(SCHEMA));
    properties.put("loket.city", "antwerp");
    properties.put("loket.staff.token", Http.STAFF_TOKEN);
    properties.put("loket.public-url", PUBLIC_URL);
    properties.put("loket.rate-limit.client-header", "X-Client-Id");
    return properties;
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
  }

  @Test
  void anAgentFindsACallersAppointmentMovesItForAReasonAndTheRecordShowsWhoDidIt() {
    Map<String, Object> first = slot(3);
    Map<String, Object> later = slot(6);
    Http.Response booked = book(first, "Mireille Vandenabeele", "mireille@example.be");
    String reference = (String) booked.object().get("reference");
    String code = (String) booked.object().get("managementCode");
    String day = ((String) first.get("start")).substring(0, 10);

    Http.Response found =
        agent("GET", "/api/v1/staff/appointments?name=VANDENAB&date=" + day, null);
    assertThat(found.status()).as(found.text()).isEqualTo(200);
    assertThat(found.list()).extracting(a -> a.get("reference")).containsExactly(reference);

    Http.Response noReason =
        agent(
            "POST",
            "/api/v1/staff/appointments/" + reference + "/reschedule",
            Map.of("location", later.get("location"), "start", later.get("start")));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(citizenView(reference, code).object().get("start")).isEqualTo(first.get("start"));

    Http.Response moved =
        agent(
            "POST",
            "/api/v1/staff/appointments/" + reference + "/reschedule",
            Map.of(
                "location",
                later.get("location"),
                "start",
                later.get("start"),
                "reason",
                "Caller works that morning"));
    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    assertThat(moved.object().get("start")).isEqualTo(later.get("start"));
    assertThat(citizenView(reference, code).object().get("start")).isEqualTo(later.get("start"));

    Http.Response file = agent("GET", "/api/v1/staff/appointments/" + reference, null);
    assertThat(file.status()).as(file.text()).isEqualTo(200);
    List<Map<String, Object>> history = file.list("history");
    assertThat(history).extracting(h -> h.get("kind")).contains("MOVED");
    Map<String, Object> move =
        history.stream().filter(h -> "MOVED".equals(h.get("kind"))).findFirst().orElseThrow();
    assertThat(move.get("reason")).isEqualTo("Caller works that morning");
    assertThat(move.get("byName")).isEqualTo("Els Agent (shared staff token)");
    assertThat(staffActions(reference)).containsExactly("LISTED", "MOVED", "VIEWED");
    assertThat(messages(reference, "CHANGE")).hasSize(1);
  }

  @Test
  void aCitizenWhoLostTheLinkGetsANewOneByMailAndTheOldOneStopsWorking() {
    Http.Response booked = book(slot(4), "Jean-Luc Dubois", "jl.dubois@example.be");
    String reference = (String) booked.object().get("reference");
    String oldCode = (String) booked.object().get("managementCode");
    assertThat(messages(reference, "CONFIRMATION"))
        .singleElement()
        .asString()
        .contains(
            "Pour : Demander une carte d'identité électronique (eID).",
            "rendez-vous : "
                + PUBLIC_URL
                + "/api/v1/appointments/"
                + reference
                + "?code="
                + oldCode);

    Http.Response asked =
        post("/api/v1/appointments/link-requests", Map.of("email", "JL.Dubois@example.be"));
    Http.Response nobody =
        post("/api/v1/appointments/link-requests", Map.of("email", "nobody@example.be"));

    assertThat(asked.status()).as(asked.text()).isEqualTo(202);
    assertThat(nobody.status()).as("the same answer whatever matched").isEqualTo(202);
    assertThat(nobody.text()).isEqualTo(asked.text());
    List<String> links = messages(reference, "MANAGEMENT_LINK");
    assertThat(links).hasSize(1);
    Matcher link = LINK.matcher(links.get(0));
    assertThat(link.find()).as(links.get(0)).isTrue();
    assertThat(link.group(1)).isEqualTo(reference);
    String newCode = link.group(2);
    assertThat(newCode).isNotEqualTo(oldCode);

    assertThat(citizenView(reference, oldCode).status()).isEqualTo(404);
    assertThat(citizenView(reference, newCode).status()).isEqualTo(200);
  }

  private Map<String, Object> slot(int daysAhead) {
    Http.Response slots =
        http.get(
            "/api/v1/availability?product=eid-application&mode=proximity"
                + "&location=districtshuis-deurne&limit=1&from="
                + LocalDate.now(CityTime.ZONE).plusDays(daysAhead));
    assertThat(slots.status()).as(slots.text()).isEqualTo(200);
    assertThat(slots.list("slots")).isNotEmpty();
    return slots.list("slots").get(0);
  }

  private Http.Response book(Map<String, Object> slot, String name, String email) {
    Http.Response booked =
        post(
            "/api/v1/appointments",
            Map.of(
                "products",
                List.of("eid-application"),
                "location",
                slot.get("location"),
                "start",
                slot.get("start"),
                "citizen",
                Map.of("insz", insz(name), "name", name, "email", email, "language", "fr")));
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    return booked;
  }

  /** A valid national number of its own for each name. */
  private static String insz(String name) {
    return Http.insz(850_731_000L + Math.floorMod(name.hashCode(), 997));
  }

  private Http.Response citizenView(String reference, String code) {
    return http.send(
        HttpRequest.newBuilder(server.getURI().resolve("/api/v1/appointments/" + reference))
            .header("X-Management-Code", code)
            .GET());
  }

  private Http.Response agent(String method, String path, Map<String, Object> body) {
    try {
      return http.send(
          HttpRequest.newBuilder(server.getURI().resolve(path))
              .header("Authorization", "Bearer " + Http.STAFF_TOKEN)
              .header("X-Staff-Member", "Els Agent")
              .header("Content-Type", "application/json")
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Http.Response post(String path, Map<String, Object> body) {
    return http.postJson(path, body, "X-Client-Id", "citizen-" + path.hashCode());
  }

  /** The bodies of the appointment's queued messages of a kind, from the outbox table itself. */
  private List<String> messages(String reference, String kind) {
    return column(
        "SELECT body FROM outbox_message WHERE appointment_reference = ? AND kind = '"
            + kind
            + "' ORDER BY id",
        reference);
  }

  /** The kinds of staff action recorded for the appointment, from the table itself. */
  private List<String> staffActions(String reference) {
    return column(
        "SELECT kind FROM staff_action WHERE appointment_reference = ? ORDER BY at, seq",
        reference);
  }

  private List<String> column(String sql, String reference) {
    Map<String, String> db = TestDatabase.postgres(SCHEMA);
    try (Connection connection =
            DriverManager.getConnection(
                db.get("datasources.default.url"),
                db.get("datasources.default.username"),
                db.get("datasources.default.password"));
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, reference);
      List<String> values = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          values.add(result.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
