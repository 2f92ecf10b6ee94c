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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The same service with Leuven's profile: nothing in the code is Antwerp's. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeuvenEndToEndTest implements TestPropertyProvider {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres("e2e_leuven"));
    properties.put("loket.city", "leuven");
    return properties;
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
  }

  @Test
  void oneCityOfficeAndAFastPickupCounter() {
    assertThat(http.get("/api/v1/city").object()).containsEntry("code", "leuven");
    assertThat(http.get("/api/v1/locations").list())
        .extracting(l -> l.get("type"))
        .containsExactlyInAnyOrder("REGIONAL_HUB", "PICKUP_COUNTER");
  }

  @Test
  void eveningOpeningsOnMondayAndThursdayUntilEight() {
    // 23 November 2026 is a Monday.
    List<Map<String, Object>> windows =
        http.get("/api/v1/locations/stadskantoor-leuven/calendar?from=2026-11-23&to=2026-11-29")
            .list("windows");
    assertThat(windows)
        .filteredOn(w -> Boolean.TRUE.equals(w.get("evening")))
        .extracting(w -> w.get("date") + " " + w.get("end"))
        .containsExactly("2026-11-23 20:00", "2026-11-26 20:00");
  }

  @Test
  void wasteBagsWithoutAppointmentAtTheFastCounter() {
    Http.Response advice = http.get("/api/v1/advice?product=waste-bags");
    assertThat(advice.status()).isEqualTo(200);
    assertThat(advice.list("options"))
        .anySatisfy(
            option -> {
              assertThat(option).containsEntry("step", "WALK_IN");
              assertThat((List<Map<String, Object>>) option.get("locations"))
                  .extracting(l -> l.get("code"))
                  .containsExactly("snelloket-leuven");
            });
    assertThat(http.get("/api/v1/locations?product=waste-bags").list())
        .extracting(l -> l.get("code"))
        .containsExactly("snelloket-leuven");
  }

  @Test
  void theStaffApiIsClosedWithoutAToken() {
    Http.Response response = http.staff("POST", "/api/v1/staff/products", "{}");
    assertThat(response.status()).isEqualTo(503);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }
}
