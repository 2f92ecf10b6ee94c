package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.calendar.CityTime;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Walk-ins at Leuven's fast pickup counter over real HTTP on PostgreSQL, on a Monday the counter is
 * open: what a walk-in may get a ticket for, the limit per client, the desk that may call it, and
 * the counter closed outside its hours. The service runs on a clock the test moves.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalkInEndToEndTest implements TestPropertyProvider {
  private static final String SNELLOKET = "/api/v1/locations/snelloket-leuven/tickets";
  private static final MovableClock CLOCK = new MovableClock();

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;
  private LocalDate monday;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres("e2e_walk_in"));
    properties.put("loket.city", "leuven");
    properties.put("loket.staff.token", Http.STAFF_TOKEN);
    properties.put("loket.rate-limit.client-header", "X-Client-Id");
    return properties;
  }

  @MockBean(Clock.class)
  Clock clock() {
    return CLOCK;
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
    CLOCK.set(Instant.now());
    monday = nextOpenMonday();
  }

  @Test
  void walkInsAndPickupsGetTicketsWithinTheirLimitsAndTheRightDeskCallsThem() {
    CLOCK.set(monday.atTime(10, 0));

    Http.Response attest = ticket("walker", "attest-main-residence");
    assertThat(attest.status()).as(attest.text()).isEqualTo(201);
    assertThat(attest.object().get("purpose")).isEqualTo("WALK_IN");
    Http.Response pickup = ticket("walker", "eid-application");
    assertThat(pickup.status()).as(pickup.text()).isEqualTo(201);
    assertThat(pickup.object().get("purpose")).isEqualTo("PICKUP");
    assertThat(pickup.object().get("position")).isEqualTo(2);

    Http.Response third = ticket("walker", "waste-bags");
    assertThat(third.status()).as(third.text()).isEqualTo(409);
    assertThat(third.object().get("reason")).isEqualTo("too-many-tickets");
    assertThat(ticket("neighbour", "waste-bags").status()).isEqualTo(201);

    // The city office serves identity documents by appointment only: no ticket there.
    Http.Response office =
        post("/api/v1/locations/stadskantoor-leuven/tickets", "walker", "eid-application");
    assertThat(office.status()).as(office.text()).isEqualTo(400);
    assertThat(office.contentType()).startsWith("application/problem+json");

    Http.Response called =
        http.staff(
            "POST", "/api/v1/staff/locations/snelloket-leuven/desks/loket-a/call-next", null);
    assertThat(called.status()).as(called.text()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Object> ticket = (Map<String, Object>) called.object().get("ticket");
    assertThat(ticket.get("number")).isEqualTo(attest.object().get("number"));
    assertThat(ticket.get("desk")).isEqualTo("loket-a");
  }

  @Test
  void theCounterIsClosedOutsideItsHours() {
    CLOCK.set(monday.minusDays(1).atTime(11, 0)); // the Sunday before
    Http.Response ticket = ticket("sunday", "waste-bags");
    assertThat(ticket.status()).as(ticket.text()).isEqualTo(409);
    assertThat(ticket.object().get("reason")).isEqualTo("location-closed");
    Http.Response call =
        http.staff(
            "POST", "/api/v1/staff/locations/snelloket-leuven/desks/loket-a/call-next", null);
    assertThat(call.status()).as(call.text()).isEqualTo(409);

    CLOCK.set(monday.atTime(20, 30)); // closed at 20:00: nothing can be served any more
    Http.Response late = ticket("evening", "waste-bags");
    assertThat(late.status()).as(late.text()).isEqualTo(409);
    assertThat(late.object().get("reason")).isIn("location-closed", "queue-full");
  }

  private Http.Response ticket(String client, String product) {
    return post(SNELLOKET, client, product);
  }

  private Http.Response post(String path, String client, String product) {
    return http.send(
        HttpRequest.newBuilder(server.getURI().resolve(path))
            .header("Content-Type", "application/json")
            .header("X-Client-Id", client)
            .POST(HttpRequest.BodyPublishers.ofString("{\"product\": \"" + product + "\"}")));
  }

  /** A Monday ahead on which the fast counter opens (not a public holiday). */
  private LocalDate nextOpenMonday() {
    LocalDate from =
        LocalDate.now(CityTime.ZONE).plusDays(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    List<Map<String, Object>> windows =
        http.get(
                "/api/v1/locations/snelloket-leuven/calendar?from="
                    + from
                    + "&to="
                    + from.plusWeeks(8))
            .list("windows");
    return windows.stream()
        .map(w -> LocalDate.parse((String) w.get("date")))
        .filter(d -> d.getDayOfWeek() == DayOfWeek.MONDAY)
        .findFirst()
        .orElseThrow();
  }

  /** A clock in Brussels that the test sets. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.now();

    void set(Instant instant) {
      now = instant;
    }

    void set(LocalDateTime wallTime) {
      now = wallTime.atZone(CityTime.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return CityTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
