package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The metrics a city's Prometheus scrapes, from the whole service over real HTTP on PostgreSQL:
 * requests by route and status, the database pool, and the outboxes' depth and age read from the
 * database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsEndToEndTest implements TestPropertyProvider {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres("e2e_metrics"));
    properties.put("loket.city", "antwerp");
    properties.put("loket.staff.token", Http.STAFF_TOKEN);
    return properties;
  }

  @Test
  void prometheusReadsRequestsByRouteAndStatusThePoolAndTheOutboxes() {
    Http http = new Http(server.getURI(), json);
    assertThat(http.get("/api/v1/locations/districtshuis-deurne").status()).isEqualTo(200);
    assertThat(http.get("/api/v1/locations/nowhere").status()).isEqualTo(404);

    Http.Response scrape = http.get("/prometheus");

    assertThat(scrape.status()).isEqualTo(200);
    assertThat(scrape.contentType()).startsWith("text/plain");
    String metrics = scrape.text();
    // Prometheus's registry writes the labels sorted by name.
    assertThat(metrics)
        .contains(
            "http_server_requests_seconds_count{exception=\"none\",method=\"GET\",status=\"200\","
                + "uri=\"/api/v1/locations/{code}\"} 1")
        .containsPattern("(?m)^http_server_requests_seconds_count\\{[^\n]*status=\"404\"[^\n]* 1$")
        .containsPattern("(?m)^hikaricp_connections_max\\{[^}]*} 10\\.0$")
        .containsPattern("(?m)^loket_outbox_queued [0-9.]+$")
        .containsPattern("(?m)^loket_outbox_oldest_queued_seconds [0-9.]+$")
        .containsPattern("(?m)^loket_federal_calls_queued [0-9.]+$")
        .containsPattern("(?m)^loket_federal_calls_failed [0-9.]+$");
    // Routes by their template: no location code, reference or national number in a label.
    assertThat(metrics).doesNotContain("districtshuis-deurne", "nowhere");
  }

  @Test
  void onlyHealthAndMetricsOfTheManagementEndpointsAreOnEvenForStaff() {
    Http http = new Http(server.getURI(), json);

    for (String path : List.of("/beans", "/routes", "/threaddump", "/loggers", "/info", "/env")) {
      Http.Response staff = http.staff("GET", path, null);
      assertThat(staff.status()).as(path).isEqualTo(404);
      assertThat(staff.contentType()).as(path).isEqualTo("application/problem+json");
    }
    Http.Response refresh = http.staff("POST", "/refresh", "{}");
    assertThat(refresh.status()).isEqualTo(404);
    assertThat(refresh.contentType()).isEqualTo("application/problem+json");
    assertThat(http.get("/health").status()).isEqualTo(200);
    assertThat(http.get("/prometheus").status()).isEqualTo(200);
    Http.Response metrics = http.get("/metrics/http.server.requests");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.object().get("name")).isEqualTo("http.server.requests");
  }
}
