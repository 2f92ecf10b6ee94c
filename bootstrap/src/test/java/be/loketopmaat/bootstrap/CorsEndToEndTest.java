package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The city's own web front end may call the API from a browser (its origin configured, as the
 * README's LOKET_CORS_ORIGINS does); any other origin is refused with a problem that says why.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorsEndToEndTest implements TestPropertyProvider {
  static final String CITY = "https://afspraken.antwerpen.example";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres("e2e_cors"));
    properties.put("loket.city", "antwerp");
    properties.put("micronaut.server.cors.configurations.city.allowed-origins", CITY);
    return properties;
  }

  @Test
  void theCitysFrontEndMayBookFromTheBrowser() {
    Http http = new Http(server.getURI(), json);

    Http.Response preflight =
        http.send(
            HttpRequest.newBuilder(server.getURI().resolve("/api/v1/appointments"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", CITY)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key"));
    Http.Response read =
        http.send(
            HttpRequest.newBuilder(server.getURI().resolve("/api/v1/city")).header("Origin", CITY));

    assertThat(preflight.status()).isEqualTo(200);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(CITY);
    assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo(CITY);
    assertThat(String.join(",", read.headers().allValues("Access-Control-Expose-Headers")))
        .contains("ETag", "X-Request-Id", "Retry-After");
  }

  @Test
  void aForeignOriginIsRefusedWithAProblemThatSaysWhy() {
    Http http = new Http(server.getURI(), json);

    Http.Response refused =
        http.send(
            HttpRequest.newBuilder(server.getURI().resolve("/api/v1/city"))
                .header("Origin", "https://elsewhere.example")
                .header("Accept-Language", "fr"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat((String) refused.object().get("detail"))
        .contains("https://elsewhere.example")
        .startsWith("L'origine");
    assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
    assertThat(refused.header("X-Request-Id")).isNotBlank();
    assertThat(refused.object().get("requestId")).isEqualTo(refused.header("X-Request-Id"));
  }
}
