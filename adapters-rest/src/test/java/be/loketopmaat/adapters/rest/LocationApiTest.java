package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static be.loketopmaat.adapters.rest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase.LocationDetails;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase.LocationFilter;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.LocationType;
import be.loketopmaat.domain.offer.OfferedService;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class LocationApiTest {
  static final LocationCode DEURNE = new LocationCode("districtshuis-deurne");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject BrowseLocationsUseCase locations;
  Api api;

  @MockBean(BrowseLocationsUseCase.class)
  BrowseLocationsUseCase locations() {
    return mock(BrowseLocationsUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
  }

  @Test
  void listsLocationsWithTheFieldNamesOfTheReferenceDataButWithoutOffer() {
    when(locations.findLocations(any()))
        .thenReturn(List.of(TestData.deurne(), TestData.deRooiKiosk()));

    Api.Response response = api.get("/api/v1/locations");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("[0].code")).isEqualTo("districtshuis-deurne");
    assertThat(response.at("[0].name")).isEqualTo("Districtshuis Deurne");
    assertThat(response.at("[0].type")).isEqualTo("REGIONAL_HUB");
    assertThat(response.at("[0].district")).isEqualTo("deurne");
    assertThat(response.at("[0].address"))
        .isEqualTo(
            Map.of(
                "street",
                "Maurice Dequeeckerplein 1",
                "postalCode",
                "2100",
                "municipality",
                "Deurne"));
    assertThat(response.at("[0].coordinates"))
        .isEqualTo(Map.of("latitude", 51.2192, "longitude", 4.464));
    assertThat(response.at("[0].facilities"))
        .isEqualTo(List.of("PHOTO_BOOTH", "SAFE", "BIOMETRICS_STATION"));
    assertThat(response.at("[0].desks"))
        .isEqualTo(
            List.of(Map.of("code", "desk-1", "capabilities", List.of("IDENTITY", "PICKUP"))));
    assertThat(response.at("[0].exceptions[0]"))
        .isEqualTo(
            object(
                "id",
                TestData.CLOSURE_ID.toString(),
                "kind",
                "CLOSURE",
                "from",
                "2026-12-24",
                "to",
                "2026-12-24",
                "windows",
                List.of(),
                "reason",
                Map.of("nl", "Kerstavond", "fr", "Réveillon de Noël", "en", "Christmas Eve")));
    assertThat(response.has("[0].offer")).as("the offer is computed per location only").isFalse();
    assertThat(response.at("[1].desks")).isEqualTo(List.of());
    assertThat(response.at("[1].schedule")).isEqualTo(Map.of());
  }

  @Test
  void writesTheScheduleAsTheReferenceDataDoesDaysInWeekOrderWindowsByStart() {
    when(locations.findLocations(any())).thenReturn(List.of(TestData.deurne()));

    Api.Response response = api.get("/api/v1/locations");

    assertThat(response.body())
        .contains(
            "\"schedule\":{\"MONDAY\":[{\"start\":\"08:30\",\"end\":\"12:30\"},"
                + "{\"start\":\"13:30\",\"end\":\"16:00\"}],\"THURSDAY\":[{\"start\":\"08:30\",\"end\":\"19:00\"}],"
                + "\"SATURDAY\":[{\"start\":\"09:00\",\"end\":\"12:00\"}]}");
  }

  @Test
  void passesTheFiltersToTheUseCase() {
    when(locations.findLocations(any())).thenReturn(List.of());

    Api.Response response =
        api.get("/api/v1/locations?type=CITY_COUNTER&district=berchem&product=eid-application");

    assertThat(response.status()).isEqualTo(200);
    verify(locations)
        .findLocations(
            new LocationFilter(
                LocationType.CITY_COUNTER,
                new DistrictCode("berchem"),
                new ProductCode("eid-application")));
  }

  @Test
  void aMalformedCodeInAFilterIsNamedByItsParameter() {
    Api.Response response = api.get("/api/v1/locations?product=EID&district=Berchem");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("district");
    verifyNoInteractions(locations);
  }

  @Test
  void anUnknownTypeIsInvalidInput() {
    Api.Response response = api.get("/api/v1/locations?type=CASTLE");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.errors())
        .containsExactly(
            "type: must be one of [REGIONAL_HUB, CITY_COUNTER,"
                + " NEIGHBOURHOOD_COUNTER, PICKUP_COUNTER, KIOSK_SITE]");
  }

  @Test
  void anUnknownProductFilterIsNotFound() {
    when(locations.findLocations(any()))
        .thenThrow(new NotFoundException("product", "unicorn-licence"));

    Api.Response response = api.get("/api/v1/locations?product=unicorn-licence");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.at("type")).isEqualTo("/problems/not-found");
  }

  @Test
  void getsOneLocationWithItsOfferProductByProduct() {
    Map<ProductCode, Set<OfferedService>> offer = new LinkedHashMap<>();
    offer.put(
        new ProductCode("eid-application"),
        Set.of(OfferedService.PICKUP, OfferedService.APPOINTMENT));
    offer.put(new ProductCode("attest-household-composition"), EnumSet.of(OfferedService.WALK_IN));
    when(locations.getLocation(DEURNE)).thenReturn(new LocationDetails(TestData.deurne(), offer));

    Api.Response response = api.get("/api/v1/locations/districtshuis-deurne");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("code")).isEqualTo("districtshuis-deurne");
    assertThat(response.at("schedule.THURSDAY[0].end")).isEqualTo("19:00");
    assertThat(response.at("offer"))
        .isEqualTo(
            List.of(
                Map.of("product", "eid-application", "services", List.of("APPOINTMENT", "PICKUP")),
                Map.of("product", "attest-household-composition", "services", List.of("WALK_IN"))));
  }

  @Test
  void anUnknownLocationIsNotFound() {
    when(locations.getLocation(new LocationCode("atlantis")))
        .thenThrow(new NotFoundException("location", "atlantis"));

    Api.Response response = api.get("/api/v1/locations/atlantis");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("detail")).isEqualTo("No location with code 'atlantis'");
  }

  @Test
  void theCalendarHasItsWindowsAndClosedDays() {
    when(locations.openingCalendar(DEURNE, LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26)))
        .thenReturn(TestData.deurneCalendar());

    Api.Response response =
        api.get("/api/v1/locations/districtshuis-deurne/calendar?from=2026-12-24&to=2026-12-26");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json())
        .isEqualTo(
            Map.of(
                "location", "districtshuis-deurne",
                "from", "2026-12-24",
                "to", "2026-12-26",
                "windows",
                    List.of(
                        Map.of(
                            "date",
                            "2026-12-26",
                            "start",
                            "09:00",
                            "end",
                            "12:00",
                            "evening",
                            false,
                            "saturday",
                            true)),
                "closedDays",
                    List.of(
                        Map.of(
                            "date",
                            "2026-12-24",
                            "reason",
                            Map.of(
                                "nl",
                                "Kerstavond",
                                "fr",
                                "Réveillon de Noël",
                                "en",
                                "Christmas Eve")))));
  }

  @Test
  void theCalendarLeavesTheDefaultRangeToTheUseCase() {
    when(locations.openingCalendar(DEURNE, null, null)).thenReturn(TestData.deurneCalendar());

    Api.Response response = api.get("/api/v1/locations/districtshuis-deurne/calendar");

    assertThat(response.status()).isEqualTo(200);
    verify(locations).openingCalendar(DEURNE, null, null);
  }

  @Test
  void aMalformedDateIsInvalidInputNamingTheParameter() {
    Api.Response response =
        api.get("/api/v1/locations/districtshuis-deurne/calendar?from=24/12/2026");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/invalid-input");
    assertThat(response.errors()).containsExactly("from: must be a date as YYYY-MM-DD");
    verifyNoInteractions(locations);
  }
}
