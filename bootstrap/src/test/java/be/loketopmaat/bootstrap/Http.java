package be.loketopmaat.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** A real HTTP client for the end-to-end tests, reading JSON into plain maps and lists. */
final class Http {
  static final String STAFF_TOKEN = "e2e-staff-token";

  private final HttpClient client = HttpClient.newHttpClient();
  private final URI base;
  private final JsonMapper json;

  Http(URI base, JsonMapper json) {
    this.base = base;
    this.json = json;
  }

  Response get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** A public JSON POST of {@code body}, with extra headers given as name, value, ... */
  Response postJson(String path, Object body, String... headerNamesAndValues) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
      for (int i = 0; i < headerNamesAndValues.length; i += 2) {
        request.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
      }
      return send(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid national number (INSZ) whose first nine digits are {@code first9}. */
  static String insz(long first9) {
    return String.format("%09d%02d", first9, 97 - first9 % 97);
  }

  Response staff(String method, String path, String body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + STAFF_TOKEN)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
  }

  Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Object body =
          response.body().isEmpty()
              ? null
              : response.headers().firstValue("Content-Type").orElse("").contains("json")
                  ? json.readValue(response.body(), Argument.of(Object.class))
                  : response.body();
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          body,
          response.body(),
          response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Response(
      int status, String contentType, Object body, String text, java.net.http.HttpHeaders headers) {
    /** The first value of the header {@code name}, or null. */
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object() {
      return (Map<String, Object>) body;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list() {
      return (List<Map<String, Object>>) body;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String field) {
      return (List<Map<String, Object>>) object().get(field);
    }
  }
}
