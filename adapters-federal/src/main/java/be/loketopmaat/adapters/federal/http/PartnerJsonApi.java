package be.loketopmaat.adapters.federal.http;

import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.calendar.CityTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The client side of a federal JSON API that knows the municipality by its partner credentials (as
 * our Belpic and BelDrive contracts write it): requests that name the municipality and carry its
 * key, answers read strictly, and every answer outside the contract a {@link
 * SystemUnavailableException} that says what was wrong. Fields the system adds and this adapter
 * does not know are ignored.
 */
public final class PartnerJsonApi {
  public static final String JSON = "application/json";

  private final FederalHttp http;
  private final String counterpart;
  private final PartnerCredentials credentials;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param system the system's name, as {@link SystemUnavailableException#system()} gives it
   * @param counterpart how a message names the other side, e.g. {@code the production}
   */
  public PartnerJsonApi(
      String system,
      String counterpart,
      EndpointSettings endpoint,
      PartnerCredentials credentials) {
    this.http = new FederalHttp(system, endpoint);
    this.counterpart = Objects.requireNonNull(counterpart, "counterpart");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  public FederalHttp http() {
    return http;
  }

  public PartnerCredentials credentials() {
    return credentials;
  }

  public ObjectMapper json() {
    return json;
  }

  /** A request to {@code path} that accepts JSON, names the municipality and carries its key. */
  public HttpRequest.Builder request(String path) {
    return http.request(path)
        .header("Accept", JSON)
        .header("Authorization", credentials.authorization())
        .header(PartnerCredentials.MUNICIPALITY_HEADER, credentials.municipality().value());
  }

  public HttpResponse<byte[]> send(HttpRequest request) {
    return http.send(request);
  }

  public SystemUnavailableException unexpected(String detail, Throwable cause) {
    return http.unexpected(detail, cause);
  }

  /**
   * A refusal from its {@code {code, reason}} body, made by {@code refusal(code, reason)}; {@code
   * fallbackCode} stands in for a body the status already says enough about (null when the code is
   * required).
   */
  public RuntimeException refusal(
      HttpResponse<byte[]> response,
      String fallbackCode,
      BiFunction<String, String, RuntimeException> refusal) {
    JsonNode error = errorBody(response);
    JsonNode code = error == null ? null : error.get("code");
    JsonNode reason = error == null ? null : error.get("reason");
    boolean hasCode = code != null && code.isTextual() && !code.asText().isBlank();
    if (!hasCode && fallbackCode == null) {
      return http.unexpected("HTTP " + response.statusCode() + " without an error code", null);
    }
    return refusal.apply(
        hasCode ? code.asText() : fallbackCode,
        reason != null && reason.isTextual()
            ? reason.asText()
            : "refused with HTTP " + response.statusCode());
  }

  /** An answer that is not one the call expects: the system did not serve it. */
  public SystemUnavailableException notServed(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status >= 500) {
      return http.serverError(response, "");
    }
    String detail = errorDetail(response);
    return switch (status) {
      case 401 ->
          new SystemUnavailableException(
              http.system(),
              "refused the partner credentials of municipality "
                  + credentials.municipality()
                  + " (HTTP 401"
                  + detail
                  + "): check the API key");
      case 403 ->
          new SystemUnavailableException(
              http.system(),
              "holds the API key for another municipality than "
                  + credentials.municipality()
                  + " (HTTP 403"
                  + detail
                  + ")");
      case 400 ->
          http.unexpected(
              "it calls the request malformed (HTTP 400"
                  + detail
                  + "): this adapter and "
                  + counterpart
                  + " disagree on the contract",
              null);
      default -> http.unexpected("HTTP " + status + " is not in the contract for this call", null);
    };
  }

  private String errorDetail(HttpResponse<byte[]> response) {
    JsonNode error = errorBody(response);
    if (error == null || error.get("code") == null) {
      return "";
    }
    JsonNode reason = error.get("reason");
    return ", " + error.get("code").asText() + (reason == null ? "" : ": " + reason.asText());
  }

  private JsonNode errorBody(HttpResponse<byte[]> response) {
    try {
      JsonNode node = json.readTree(response.body());
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The answer's body, which must be a JSON object. */
  public JsonNode object(HttpResponse<byte[]> response) {
    JsonNode node;
    try {
      node = json.readTree(response.body());
    } catch (IOException e) {
      throw http.unexpected("HTTP " + response.statusCode() + " whose body is not JSON", e);
    }
    if (node == null || !node.isObject()) {
      throw http.unexpected(
          "HTTP " + response.statusCode() + " whose body is not a JSON object", null);
    }
    return node;
  }

  /** A required text field, not blank. */
  public String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw http.unexpected(where + " has no " + field, null);
    }
    return value.asText();
  }

  /** An optional text field: null when absent or null, an error when it is not text. */
  public String optionalText(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw http.unexpected(where + " has a " + field + " that is not text", null);
    }
    return value.asText();
  }

  /** A required whole number, not negative. */
  public long number(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw http.unexpected(where + " has no whole number " + field, null);
    }
    long number = value.asLong();
    if (number < 0) {
      throw http.unexpected(where + " has a negative " + field, null);
    }
    return number;
  }

  /** A required date-time with an offset, as the city's local date-time. */
  public LocalDateTime cityTime(JsonNode node, String field, String where) {
    try {
      return OffsetDateTime.parse(text(node, field, where))
          .atZoneSameInstant(CityTime.ZONE)
          .toLocalDateTime();
    } catch (DateTimeException e) {
      throw http.unexpected(
          where + " has an " + field + " that is not a date-time with an offset", e);
    }
  }

  public byte[] write(JsonNode node) {
    try {
      return json.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written", e);
    }
  }
}
