package be.loketopmaat.adapters.rest;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client for the tests: it sends exactly what a test says (broken JSON, any media
 * type, any method) and hands back status, headers and body without turning errors into exceptions.
 */
final class Api {
  static final String STAFF_TOKEN = "test-staff-token-6f1c2a";
  static final String PROBLEM_JSON = "application/problem+json";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final URI base;
  private final JsonMapper json;

  Api(EmbeddedServer server, JsonMapper json) {
    this.base = server.getURI();
    this.json = json;
  }

  /**
   * A JSON object for comparisons; unlike {@code Map.of} it takes null values, as JSON has them.
   */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  Response get(String path) {
    return send("GET", path, null, null, null);
  }

  /** A staff call with the right token and a JSON body. */
  Response staff(String method, String path, String jsonBody) {
    return send(
        method,
        path,
        jsonBody == null ? null : "application/json",
        jsonBody,
        "Bearer " + STAFF_TOKEN);
  }

  Response send(String method, String path, String contentType, String body, String authorization) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    if (authorization != null) {
      headers.put("Authorization", authorization);
    }
    return sendWith(method, path, contentType, body, headers);
  }

  /** A public JSON POST with extra headers given as name, value, name, value... */
  Response post(String path, String jsonBody, String... headerNamesAndValues) {
    return sendWith(
        "POST",
        path,
        jsonBody == null ? null : "application/json",
        jsonBody,
        headers(headerNamesAndValues));
  }

  /** A public GET with extra headers given as name, value, name, value... */
  Response get(String path, String... headerNamesAndValues) {
    return sendWith("GET", path, null, null, headers(headerNamesAndValues));
  }

  private static Map<String, String> headers(String... namesAndValues) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return headers;
  }

  Response sendWith(
      String method, String path, String contentType, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static final class Response {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final HttpResponse<String> response;
    private final JsonMapper json;
    private Object parsed;

    Response(HttpResponse<String> response, JsonMapper json) {
      this.response = response;
      this.json = json;
    }

    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    /** Every value of a header, for one that must be sent once. */
    List<String> headers(String name) {
      return response.headers().allValues(name);
    }

    /** The media type without parameters such as charset. */
    String contentType() {
      String value = header("Content-Type");
      return value == null ? null : value.split(";", -1)[0].strip();
    }

    /**
     * The value at a path such as {@code channels[0].family} in the JSON body; null when absent.
     */
    Object at(String path) {
      Object node = json();
      Matcher segment = SEGMENT.matcher(path);
      while (segment.find() && node != null) {
        if (segment.group(1) != null) {
          if (!(node instanceof Map<?, ?> map)) {
            throw new AssertionError(
                "not an object at '" + segment.group(1) + "' of " + path + ": " + body());
          }
          node = map.get(segment.group(1));
        } else {
          List<?> list = (List<?>) node;
          int index = Integer.parseInt(segment.group(2));
          node = index < list.size() ? list.get(index) : null;
        }
      }
      return node;
    }

    boolean has(String path) {
      int dot = path.lastIndexOf('.');
      Object parent = dot < 0 ? json() : at(path.substring(0, dot));
      return parent instanceof Map<?, ?> map && map.containsKey(path.substring(dot + 1));
    }

    /** The {@code errors} of a problem as "field: message" lines, for readable assertions. */
    List<String> errors() {
      Object errors = at("errors");
      if (errors == null) {
        return List.of();
      }
      return ((List<?>) errors)
          .stream()
              .map(e -> ((Map<?, ?>) e).get("field") + ": " + ((Map<?, ?>) e).get("message"))
              .toList();
    }

    List<String> errorFields() {
      return errors().stream().map(e -> e.substring(0, e.indexOf(": "))).toList();
    }

    Object json() {
      if (parsed == null) {
        try {
          parsed = json.readValue(body(), Object.class);
        } catch (IOException e) {
          throw new AssertionError("not JSON: " + body(), e);
        }
      }
      return parsed;
    }

    @Override
    public String toString() {
      return status() + " " + header("Content-Type") + " " + body();
    }
  }
}
