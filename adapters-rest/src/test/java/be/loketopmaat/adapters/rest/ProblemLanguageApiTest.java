package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BrowseCatalogueUseCase;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A problem is written in the language the request asks for: titles, details and field messages,
 * from the domain's refusals as from the framework's own errors. Its type and reason do not change.
 */
@MicronautTest
class ProblemLanguageApiTest {
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
  void aRefusedFieldIsExplainedInFrenchToAFrenchSpeaker() {
    Api.Response response = api.get("/api/v1/products/NOT%20A%20CODE", "Accept-Language", "fr-BE");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.header("Content-Language")).isEqualTo("fr");
    assertThat(response.header("Vary")).contains("Accept-Language");
    assertThat(response.at("type")).isEqualTo("/problems/invalid-input");
    assertThat(response.at("title")).isEqualTo("Données non valides");
    assertThat((String) response.at("detail")).startsWith("La requête a été refusée");
    assertThat(response.at("errors[0].field")).isEqualTo("code");
    assertThat(response.at("errors[0].message"))
        .isEqualTo(
            "doit compter de 2 à 60 minuscules, chiffres ou tirets, sans tiret au début ni à la"
                + " fin");
  }

  @Test
  void whatIsNotFoundIsNamedInDutchWithItsCodeUnchanged() {
    when(catalogue.getProduct(any())).thenThrow(new NotFoundException("product", "id-kaart"));

    Api.Response response = api.get("/api/v1/products/id-kaart", "Accept-Language", "nl");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Language")).isEqualTo("nl");
    assertThat(response.at("type")).isEqualTo("/problems/not-found");
    assertThat(response.at("title")).isEqualTo("Niet gevonden");
    assertThat(response.at("detail")).isEqualTo("Geen product met code 'id-kaart'");
  }

  @Test
  void theFrameworksOwnErrorsAreTranslatedToo() {
    Api.Response unknown = api.get("/api/v1/nothing-here", "Accept-Language", "nl-BE,en;q=0.5");
    Api.Response wrongType =
        api.get("/api/v1/products?theme=NO_SUCH_THEME", "Accept-Language", "fr");

    assertThat(unknown.at("title")).isEqualTo("Niet gevonden");
    assertThat(unknown.at("detail")).isEqualTo("Op /api/v1/nothing-here is niets te vinden.");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.at("errors[0].field")).isEqualTo("theme");
    assertThat((String) wrongType.at("errors[0].message")).startsWith("doit être l'un de [");
  }

  @Test
  void englishWhenNoLanguageOfTheCityIsAskedFor() {
    Api.Response german = api.get("/api/v1/products/NOT%20A%20CODE", "Accept-Language", "de-DE");
    Api.Response none = api.get("/api/v1/products/NOT%20A%20CODE");
    Api.Response unreadable =
        api.get("/api/v1/products/NOT%20A%20CODE", "Accept-Language", "fr;;q=");

    for (Api.Response response : new Api.Response[] {german, none, unreadable}) {
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.header("Content-Language")).isEqualTo("en");
      assertThat(response.at("title")).isEqualTo("Invalid input");
      assertThat((String) response.at("errors[0].message")).startsWith("must be 2 to 60");
    }
  }
}
