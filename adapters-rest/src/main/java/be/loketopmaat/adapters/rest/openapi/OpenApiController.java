package be.loketopmaat.adapters.rest.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.exceptions.HttpStatusException;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI document that micronaut-openapi writes at compile time. Reading it from the
 * classpath here, instead of configuring static resources, keeps the document working whatever the
 * bootstrap module configures.
 */
@Controller("/api/v1")
@Hidden
public class OpenApiController {
  /** The processor names the file after the title and version of {@code @OpenAPIDefinition}. */
  static final String DOCUMENT = "META-INF/swagger/loket-op-maat-api-1.yml";

  static final String YAML = "application/yaml";

  private volatile byte[] document;

  @Get(uri = "/openapi.yml", produces = YAML)
  public HttpResponse<byte[]> openApi() {
    return HttpResponse.ok(document()).contentType(YAML);
  }

  private byte[] document() {
    byte[] loaded = document;
    if (loaded == null) {
      try (InputStream in =
          OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
        if (in == null) {
          throw new HttpStatusException(
              HttpStatus.NOT_FOUND, "The OpenAPI document was not built into this server.");
        }
        loaded = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      document = loaded;
    }
    return loaded;
  }
}
