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
import be.loketopmaat.application.port.in.BrowseCatalogueUseCase;
import be.loketopmaat.application.port.in.BrowseCatalogueUseCase.ProductFilter;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.catalogue.Theme;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class ProductApiTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject BrowseCatalogueUseCase catalogue;
  Api api;

  @MockBean(BrowseCatalogueUseCase.class)
  BrowseCatalogueUseCase catalogue() {
    return mock(BrowseCatalogueUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
  }

  @Test
  void listsProductsWithTheFieldNamesOfTheReferenceData() {
    when(catalogue.findProducts(any()))
        .thenReturn(List.of(TestData.eidApplication(), TestData.socialAllowance()));

    Api.Response response = api.get("/api/v1/products");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(response.at("[0].code")).isEqualTo("eid-application");
    assertThat(response.at("[0].name"))
        .isEqualTo(
            Map.of(
                "nl",
                "Elektronische identiteitskaart aanvragen",
                "fr",
                "Demander une carte d'identité électronique",
                "en",
                "Apply for an electronic identity card"));
    assertThat(response.at("[0].theme")).isEqualTo("IDENTITY");
    assertThat(response.at("[0].description.en"))
        .isEqualTo("Fingerprints, photo and signature at the counter.");
    assertThat(response.at("[0].channels[0]"))
        .isEqualTo(
            object(
                "channel",
                "COUNTER_APPOINTMENT",
                "family",
                "CONNECT",
                "conditions",
                List.of("APPOINTMENT_REQUIRED"),
                "note",
                null,
                "url",
                null));
    assertThat(response.at("[0].presenceRequired")).isEqualTo(true);
    assertThat(response.at("[0].deskMinutes")).isEqualTo(20);
    assertThat(response.at("[0].requiredFacilities"))
        .isEqualTo(List.of("PHOTO_BOOTH", "BIOMETRICS_STATION"));
    assertThat(response.at("[0].pickup"))
        .isEqualTo(
            object(
                "deskMinutes",
                5,
                "requiredFacilities",
                List.of("SAFE"),
                "appointmentRequired",
                false,
                "note",
                null));
    assertThat(response.has("[0].referral")).as("absent values are null, not left out").isTrue();
    assertThat(response.at("[1].channels")).isEqualTo(List.of());
    assertThat(response.at("[1].referral.organisation")).isEqualTo("Sociale Dienstverlening");
    assertThat(response.at("[1].referral.phone")).isEqualTo("03 338 30 00");
  }

  @Test
  void passesTheFiltersToTheCatalogue() {
    when(catalogue.findProducts(any())).thenReturn(List.of());

    Api.Response response = api.get("/api/v1/products?theme=LIFE_EVENTS&channel=KIOSK&text=attest");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json()).isEqualTo(List.of());
    verify(catalogue).findProducts(new ProductFilter(Theme.LIFE_EVENTS, Channel.KIOSK, "attest"));
  }

  @Test
  void getsOneProductByCode() {
    when(catalogue.getProduct(new ProductCode("attest-household-composition")))
        .thenReturn(TestData.householdAttest());

    Api.Response response = api.get("/api/v1/products/attest-household-composition");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("code")).isEqualTo("attest-household-composition");
    assertThat(response.at("channels[0].channel")).isEqualTo("E_COUNTER");
    assertThat(response.at("channels[0].family")).isEqualTo("SWIPE");
    assertThat(response.at("channels[0].conditions")).isEqualTo(List.of("DIGITAL_IDENTIFICATION"));
    assertThat(response.at("channels[0].url")).isEqualTo("https://www.antwerpen.be/e-loket/attest");
    assertThat(response.at("requiredFacilities")).isEqualTo(List.of());
    assertThat(response.at("pickup")).isNull();
  }

  @Test
  void anUnknownCodeIsNotFound() {
    when(catalogue.getProduct(new ProductCode("no-such-thing")))
        .thenThrow(new NotFoundException("product", "no-such-thing"));

    Api.Response response = api.get("/api/v1/products/no-such-thing");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/not-found");
    assertThat(response.at("title")).isEqualTo("Not found");
    assertThat(response.at("status")).isEqualTo(404);
    assertThat(response.at("detail")).isEqualTo("No product with code 'no-such-thing'");
    assertThat(response.at("instance")).isEqualTo("/api/v1/products/no-such-thing");
  }

  @Test
  void aMalformedCodeIsInvalidInputAndNeverReachesTheCatalogue() {
    Api.Response response = api.get("/api/v1/products/Not_A_Code");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/invalid-input");
    assertThat(response.errorFields()).containsExactly("code");
    verifyNoInteractions(catalogue);
  }

  @Test
  void anUnknownThemeIsInvalidInputNamingTheParameterAndTheChoices() {
    Api.Response response = api.get("/api/v1/products?theme=TAXES");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/invalid-input");
    assertThat(response.errors())
        .containsExactly("theme: must be one of [IDENTITY, MOBILITY, HOUSING, LIFE_EVENTS, OTHER]");
    verifyNoInteractions(catalogue);
  }

  @Test
  void anUnknownChannelIsInvalidInput() {
    Api.Response response = api.get("/api/v1/products?channel=FAX");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("channel");
    verifyNoInteractions(catalogue);
  }
}
