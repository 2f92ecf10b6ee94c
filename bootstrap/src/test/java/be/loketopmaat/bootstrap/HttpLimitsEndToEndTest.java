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
 * The wired service refuses a request line or header fields beyond the limits the README's
 * LOKET_HTTP_MAX_LINE_LENGTH and LOKET_HTTP_MAX_HEADER_SIZE set, with a 414 or 431 problem, and
 * goes on serving.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpLimitsEndToEndTest implements TestPropertyProvider {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres("e2e_http_limits"));
    properties.put("loket.city", "antwerp");
    properties.put("LOKET_HTTP_MAX_LINE_LENGTH", "2048");
    properties.put("LOKET_HTTP_MAX_HEADER_SIZE", "4096");
    return properties;
  }

  @Test
  void aLongUrlAndLargeHeadersAreRefusedAtTheConfiguredLimits() {
    Http http = new Http(server.getURI(), json);

    Http.Response longUrl = http.get("/api/v1/products?text=" + "x".repeat(3000));
    Http.Response largeHeaders =
        http.send(
            HttpRequest.newBuilder(server.getURI().resolve("/api/v1/city"))
                .header("Accept", "application/json")
                .header("X-Padding", "y".repeat(5000)));
    Http.Response fine = http.get("/api/v1/products?text=" + "x".repeat(1500));

    assertThat(longUrl.status()).isEqualTo(414);
    assertThat(longUrl.contentType()).startsWith("application/problem+json");
    assertThat(longUrl.object().get("type")).isEqualTo("/problems/uri-too-long");
    assertThat((String) longUrl.object().get("detail")).contains("2048");
    assertThat(longUrl.header("Cache-Control")).isEqualTo("no-store");
    assertThat(longUrl.object().get("requestId")).isEqualTo(longUrl.header("X-Request-Id"));
    assertThat(largeHeaders.status()).isEqualTo(431);
    assertThat(largeHeaders.object().get("type")).isEqualTo("/problems/header-fields-too-large");
    assertThat((String) largeHeaders.object().get("detail")).contains("4096");
    assertThat(fine.status()).as("within the limits, served as ever").isEqualTo(200);
  }
}
