package be.loketopmaat.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class OpenApiDocumentTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Test
  void servesTheDocumentGeneratedAtCompileTime() {
    Api.Response response = new Api(server, json).get("/api/v1/openapi.yml");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/yaml");
    assertThat(response.body())
        .startsWith("openapi: 3.")
        .contains("title: Loket op Maat API")
        .contains("version: \"1\"");
  }

  @Test
  void documentsThePublicAndTheStaffEndpointsWithTheirParameters() {
    String document = new Api(server, json).get("/api/v1/openapi.yml").body();

    assertThat(document).contains(
        "  /api/v1/advice:",
        "  /api/v1/products:",
        "  /api/v1/products/{code}:",
        "  /api/v1/locations/{code}/calendar:",
        "  /api/v1/city:",
        "  /api/v1/staff/products:",
        "  /api/v1/staff/products/{code}:",
        "  /api/v1/staff/locations:",
        "  /api/v1/staff/locations/{code}:",
        "  /api/v1/staff/locations/{code}/calendar-exceptions:",
        "  /api/v1/staff/locations/{code}/calendar-exceptions/{id}:",
        "- name: digitalIdentification",
        "- name: latitude",
        "- name: from",
        "application/problem+json",
        "staffToken:");
  }

  @Test
  void theStaffEndpointsRequireTheBearerToken() {
    String document = new Api(server, json).get("/api/v1/openapi.yml").body();
    String staffProducts = document.substring(document.indexOf("  /api/v1/staff/products:"),
        document.indexOf("  /api/v1/staff/products/{code}:"));

    assertThat(staffProducts).contains("security:", "- staffToken: []");
    assertThat(document).contains("scheme: bearer");
  }

  @Test
  void theDocumentDoesNotDescribeItself() {
    String document = new Api(server, json).get("/api/v1/openapi.yml").body();

    assertThat(document).doesNotContain("/api/v1/openapi.yml");
  }
}
