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

/**
 * The whole service as a city runs it: started on PostgreSQL, filled with the Antwerp reference
 * data at start, and asked over real HTTP.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AntwerpEndToEndTest implements TestPropertyProvider {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres("e2e_antwerp"));
    properties.put("loket.city", "antwerp");
    properties.put("loket.staff.token", Http.STAFF_TOKEN);
    return properties;
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
  }

  @Test
  void theCatalogueHoldsAtLeastThirtyProductsWithTheFieldsIntegratorsRelyOn() {
    Http.Response products = http.get("/api/v1/products");
    assertThat(products.status()).isEqualTo(200);
    assertThat(products.list()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(products.list())
        .allSatisfy(p -> assertThat(p).containsKeys("code", "theme", "channels"));
    assertThat(products.list())
        .extracting(p -> p.get("code"))
        .contains(
            "eid-application",
            "attest-nationality",
            "resident-parking-permit",
            "social-services-referral");

    Http.Response kiosk = http.get("/api/v1/products?channel=KIOSK&theme=IDENTITY");
    assertThat(kiosk.list())
        .extracting(p -> p.get("code"))
        .contains("eid-pin-puk-request")
        .doesNotContain("eid-application");
  }

  @Test
  void theLocationsOfTheCity() {
    assertThat(http.get("/api/v1/locations?type=REGIONAL_HUB").list())
        .extracting(l -> l.get("code"))
        .containsExactlyInAnyOrder(
            "districtshuis-antwerpen",
            "districtshuis-deurne",
            "districtshuis-merksem",
            "districtshuis-wilrijk");
    assertThat(http.get("/api/v1/locations?type=CITY_COUNTER").list()).hasSize(6);
    assertThat(http.get("/api/v1/locations?type=NEIGHBOURHOOD_COUNTER").list()).hasSize(2);
    assertThat(http.get("/api/v1/locations?type=KIOSK_SITE").list()).hasSize(32);
    assertThat(http.get("/api/v1/city").object().get("districts")).asList().hasSize(9);
    assertThat(http.get("/api/v1/locations?district=berchem").list())
        .allSatisfy(
            l ->
                assertThat(l)
                    .containsEntry("district", "berchem")
                    .containsKeys("code", "type", "facilities"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void identityDocumentsAreNeverPickedUpWhereThereIsNoSafe() {
    Map<String, Object> groenenhoek = http.get("/api/v1/locations/buurtloket-groenenhoek").object();
    assertThat((List<Object>) groenenhoek.get("facilities")).doesNotContain("SAFE");
    assertThat(services(groenenhoek, "eid-application")).doesNotContain("PICKUP");

    Map<String, Object> deurne = http.get("/api/v1/locations/districtshuis-deurne").object();
    assertThat(services(deurne, "eid-application")).contains("APPOINTMENT", "PICKUP");
  }

  @Test
  void aHubIsOpenOnEveningsAndSaturdays() {
    Http.Response calendar =
        http.get("/api/v1/locations/districtshuis-deurne/calendar?from=2026-11-23&to=2026-11-29");
    assertThat(calendar.status()).isEqualTo(200);
    List<Map<String, Object>> windows = calendar.list("windows");
    assertThat(windows)
        .allSatisfy(w -> assertThat(w).containsKeys("date", "start", "end", "evening", "saturday"));
    assertThat(windows)
        .filteredOn(w -> Boolean.TRUE.equals(w.get("evening")))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(windows).filteredOn(w -> Boolean.TRUE.equals(w.get("saturday"))).isNotEmpty();
    assertThat(windows).noneMatch(w -> "2026-11-29".equals(w.get("date")));
  }

  @Test
  void christmasIsClosed() {
    Http.Response calendar =
        http.get("/api/v1/locations/districtshuis-deurne/calendar?from=2026-12-25&to=2026-12-25");
    assertThat(calendar.list("windows")).isEmpty();
    assertThat(calendar.list("closedDays"))
        .singleElement()
        .satisfies(day -> assertThat(day).containsEntry("date", "2026-12-25"));
  }

  @Test
  void adviceIsDigitalFirstAndNeverEmpty() {
    Http.Response attest = http.get("/api/v1/advice?product=attest-nationality&district=berchem");
    assertThat(attest.status()).isEqualTo(200);
    List<Map<String, Object>> options = attest.list("options");
    assertThat(options).isNotEmpty();
    assertThat(options.get(0).get("channel")).isIn("AUTOMATE", "E_COUNTER");

    Http.Response social = http.get("/api/v1/advice?product=social-services-referral");
    assertThat(social.list("options").get(0)).containsEntry("step", "REFERRAL");

    Http.Response eid =
        http.get("/api/v1/advice?product=eid-application&reducedMobility=true&district=wilrijk");
    assertThat(eid.list("options").get(0)).containsEntry("channel", "HOME_VISIT");
  }

  @Test
  void unknownThingsAreProblemsNotErrors() {
    Http.Response product = http.get("/api/v1/products/unicorn");
    assertThat(product.status()).isEqualTo(404);
    assertThat(product.contentType()).startsWith("application/problem+json");
    assertThat(http.get("/api/v1/advice?product=eid-application&district=gent").status())
        .isEqualTo(400);
    assertThat(http.get("/api/v1/locations/districtshuis-deurne/calendar?from=2026-13-01").status())
        .isEqualTo(400);
  }

  @Test
  void staffAddAProductAndBadInputChangesNothing() {
    String product =
        """
        {"code": "e2e-waste-bags", "name": {"nl": "Afvalzakken", "fr": "Sacs poubelle", "en": "Waste bags"},
         "theme": "OTHER", "channels": [{"channel": "WALK_IN"}], "presenceRequired": false, "deskMinutes": 2,
         "requiredFacilities": []}""";
    Http.Response created = http.staff("POST", "/api/v1/staff/products", product);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(http.get("/api/v1/products/e2e-waste-bags").status()).isEqualTo(200);

    String invalid =
        product
            .replace("e2e-waste-bags", "e2e-bad")
            .replace("\"fr\": \"Sacs poubelle\", ", "")
            .replace("\"deskMinutes\": 2", "\"deskMinutes\": 0");
    Http.Response refused = http.staff("POST", "/api/v1/staff/products", invalid);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(http.get("/api/v1/products/e2e-bad").status()).isEqualTo(404);

    Http.Response unauthorised =
        http.send(
            java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/v1/staff/products"))
                .header("Content-Type", "application/json")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        product.replace("e2e-waste-bags", "e2e-anon"))));
    assertThat(unauthorised.status()).isEqualTo(401);
    assertThat(http.get("/api/v1/products/e2e-anon").status()).isEqualTo(404);
  }

  @Test
  void staffCloseALocationAndTheCalendarSaysWhy() {
    Http.Response closure =
        http.staff(
            "POST",
            "/api/v1/staff/locations/districtshuis-merksem/calendar-exceptions",
            """
        {"kind": "CLOSURE", "from": "2027-02-01", "to": "2027-02-02",
         "reason": {"nl": "Verbouwing", "fr": "Travaux", "en": "Renovation"}}""");
    assertThat(closure.status()).as(closure.text()).isEqualTo(201);
    Http.Response calendar =
        http.get("/api/v1/locations/districtshuis-merksem/calendar?from=2027-02-01&to=2027-02-02");
    assertThat(calendar.list("windows")).isEmpty();
    assertThat(calendar.list("closedDays")).hasSize(2);

    Http.Response removed =
        http.staff(
            "DELETE",
            "/api/v1/staff/locations/districtshuis-merksem/calendar-exceptions/"
                + closure.object().get("id"),
            null);
    assertThat(removed.status()).isEqualTo(204);
    assertThat(
            http.get(
                    "/api/v1/locations/districtshuis-merksem/calendar?from=2027-02-01&to=2027-02-02")
                .list("windows"))
        .isNotEmpty();
  }

  @Test
  void theServiceIsHealthyAndDescribesItsApi() {
    assertThat(http.get("/health").status()).isEqualTo(200);
    Http.Response openApi = http.get("/api/v1/openapi.yml");
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.text())
        .contains("/api/v1/advice", "/api/v1/locations/{code}/calendar", "/api/v1/staff/products");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> services(Map<String, Object> location, String product) {
    return ((List<Map<String, Object>>) location.get("offer"))
        .stream()
            .filter(o -> product.equals(o.get("product")))
            .findFirst()
            .map(o -> (List<Object>) o.get("services"))
            .orElse(List.of());
  }
}
