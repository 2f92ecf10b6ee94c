package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.BrowseCatalogueUseCase;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The framework's own errors speak problem+json too, and nothing a client sends yields a 500. */
@MicronautTest
class ErrorHandlingApiTest {
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
  void anUnknownRouteIsNotFound() {
    Api.Response response = api.get("/api/v1/no-such-resource");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/not-found");
    assertThat(response.at("title")).isEqualTo("Not found");
    assertThat(response.at("status")).isEqualTo(404);
    assertThat(response.at("instance")).isEqualTo("/api/v1/no-such-resource");
  }

  @Test
  void aWrongMethodIsNotAllowedAndSaysWhichAre() {
    Api.Response response = api.send("DELETE", "/api/v1/products", null, null, null);

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/method-not-allowed");
    assertThat(response.header("Allow")).contains("GET");
  }

  @Test
  void aStaffMethodOnAPublicPathIsNotAllowed() {
    Api.Response response = api.send("POST", "/api/v1/products", "application/json", "{}", null);

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.at("type")).isEqualTo("/problems/method-not-allowed");
  }

  @Test
  void anUnexpectedFailureIsAGenericInternalErrorThatRevealsNothing() {
    when(catalogue.findProducts(any()))
        .thenThrow(new IllegalStateException("connection to db-7.internal lost"));

    Api.Response response = api.get("/api/v1/products");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/internal-error");
    assertThat((String) response.at("detail"))
        .matches(
            "The server could not handle this request\\. The error has been logged with reference [0-9a-f-]{36}\\.");
    assertThat(response.body()).doesNotContain("db-7").doesNotContain("IllegalStateException");
  }
}
