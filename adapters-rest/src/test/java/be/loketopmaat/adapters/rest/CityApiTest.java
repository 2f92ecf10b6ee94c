package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.CityProfileUseCase;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class CityApiTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject CityProfileUseCase city;

  @MockBean(CityProfileUseCase.class)
  CityProfileUseCase city() {
    return mock(CityProfileUseCase.class);
  }

  @Test
  void answersTheCityProfileInTheShapeOfTheReferenceData() {
    when(city.cityProfile()).thenReturn(TestData.antwerp());

    Api.Response response = new Api(server, json).get("/api/v1/city");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(response.json())
        .isEqualTo(
            object(
                "code",
                "antwerp",
                "name",
                "Antwerpen",
                "contactCentre",
                Map.of(
                    "phone",
                    "03 22 11 333",
                    "hours",
                    Map.of("MONDAY", List.of(Map.of("start", "08:00", "end", "18:00")))),
                "eCounterUrl",
                "https://www.antwerpen.be/e-loket",
                "appUrl",
                null,
                "districts",
                List.of(
                    Map.of(
                        "code",
                        "berchem",
                        "name",
                        "Berchem",
                        "centre",
                        Map.of("latitude", 51.19, "longitude", 4.43)),
                    Map.of(
                        "code",
                        "deurne",
                        "name",
                        "Deurne",
                        "centre",
                        Map.of("latitude", 51.22, "longitude", 4.46))),
                "themesByLocationType",
                Map.of(
                    "REGIONAL_HUB", List.of("IDENTITY", "MOBILITY", "OTHER"),
                    "CITY_COUNTER", List.of("IDENTITY")),
                "holidays",
                List.of(
                    Map.of(
                        "day",
                        "--07-11",
                        "name",
                        Map.of(
                            "nl",
                            "Feest van de Vlaamse Gemeenschap",
                            "fr",
                            "Fête de la Communauté flamande",
                            "en",
                            "Flemish Community Day")))));
  }

  @Test
  void listsTheLocationTypesInTheirDeclaredOrder() {
    when(city.cityProfile()).thenReturn(TestData.antwerp());

    Api.Response response = new Api(server, json).get("/api/v1/city");

    assertThat(response.body()).containsSubsequence("\"REGIONAL_HUB\"", "\"CITY_COUNTER\"");
  }
}
