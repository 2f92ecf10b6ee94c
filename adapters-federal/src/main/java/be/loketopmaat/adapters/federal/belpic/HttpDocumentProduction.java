package be.loketopmaat.adapters.federal.belpic;

import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.FederalHttp;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.http.SystemCircuitBreaker;
import be.loketopmaat.application.port.out.federal.DocumentProduction;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.document.DocumentState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The federal document production (Belpic) over JSON and HTTP, as {@code
 * contracts/belpic/document-production.openapi.yaml} writes it down. Every call goes through the
 * system's circuit breaker; a refusal is an answer and does not count against it.
 *
 * <p>What the production answers is read strictly (a missing field, a state or a date it cannot
 * read is a {@link SystemUnavailableException} that says what was wrong), but fields it does not
 * know are ignored, so that the production may add some.
 */
public final class HttpDocumentProduction implements DocumentProduction {
  public static final String SYSTEM = "Belpic document production";

  private static final Pattern PRODUCTION_NUMBER = Pattern.compile("[A-Z0-9-]{4,40}");

  private final FederalHttp http;
  private final PartnerCredentials credentials;
  private final SystemCircuitBreaker breaker;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param credentials the municipality the adapter orders for, and its partner API key
   */
  public HttpDocumentProduction(
      EndpointSettings endpoint, PartnerCredentials credentials, CircuitBreakerSettings circuit) {
    this.http = new FederalHttp(SYSTEM, endpoint);
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.breaker = new SystemCircuitBreaker(SYSTEM, circuit);
  }

  /** With the circuit breaker's {@linkplain CircuitBreakerSettings#defaults() defaults}. */
  public HttpDocumentProduction(EndpointSettings endpoint, PartnerCredentials credentials) {
    this(endpoint, credentials, CircuitBreakerSettings.defaults());
  }

  /** The state of the production's circuit breaker, for monitoring. */
  public CircuitBreaker.State circuitState() {
    return breaker.state();
  }

  @Override
  public ProductionReceipt order(ProductionOrder order) {
    Objects.requireNonNull(order, "order");
    boolean complete =
        order.id() != null
            && order.kind() != null
            && order.insz() != null
            && order.name() != null
            && !order.name().isBlank()
            && order.name().length() <= 200
            && order.municipality() != null
            && order.deliverTo() != null;
    if (!complete) {
      throw new IllegalArgumentException(
          "an order needs its id, kind, national number, a name of 1 to 200 characters, its"
              + " municipality and where to deliver it");
    }
    return breaker.call(() -> placeOrder(order));
  }

  @Override
  public ProductionEvents eventsAfter(long cursor, int limit) {
    if (cursor < 0) {
      throw new IllegalArgumentException("the cursor is 0 or a sequence, not " + cursor);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("the limit is at least 1, not " + limit);
    }
    int asked = Math.min(limit, BelpicContract.MAX_LIMIT);
    return breaker.call(() -> readEvents(cursor, asked));
  }

  @Override
  public void activate(String productionNumber) {
    if (productionNumber == null || !PRODUCTION_NUMBER.matcher(productionNumber).matches()) {
      throw new IllegalArgumentException(
          "a production number is 4 to 40 capitals, digits or dashes, not " + productionNumber);
    }
    breaker.run(() -> sendActivation(productionNumber));
  }

  private ProductionReceipt placeOrder(ProductionOrder order) {
    ObjectNode body = json.createObjectNode();
    body.put("orderId", order.id().toString());
    body.put("documentType", order.kind().name());
    body.put("nationalNumber", order.insz().digits());
    body.put("name", order.name());
    body.put("municipality", order.municipality().value());
    body.put("deliveryPoint", order.deliverTo().value());
    body.put("urgent", order.urgent());
    HttpRequest request =
        request(BelpicContract.ORDERS_PATH)
            .header("Content-Type", BelpicContract.JSON)
            .header(BelpicContract.IDEMPOTENCY_KEY_HEADER, order.id().toString())
            .POST(HttpRequest.BodyPublishers.ofByteArray(write(body)))
            .build();
    HttpResponse<byte[]> response = http.send(request);
    return switch (response.statusCode()) {
      case 200, 201 -> readReceipt(object(response));
      case 409 -> throw refusal(response, BelpicContract.IDEMPOTENCY_KEY_REUSED);
      case 422 -> throw refusal(response, null);
      default -> throw notServed(response);
    };
  }

  private ProductionReceipt readReceipt(JsonNode receipt) {
    String state = text(receipt, "state", "the receipt");
    if (!BelpicContract.State.ACCEPTED.name().equals(state)) {
      throw http.unexpected("a receipt in state " + state + ", not ACCEPTED", null);
    }
    return new ProductionReceipt(
        productionNumber(receipt, "the receipt"),
        date(text(receipt, "expectedDelivery", "the receipt"), "the receipt's expectedDelivery"));
  }

  private ProductionEvents readEvents(long cursor, int limit) {
    HttpRequest request =
        request(BelpicContract.EVENTS_PATH + "?after=" + cursor + "&limit=" + limit).GET().build();
    HttpResponse<byte[]> response = http.send(request);
    if (response.statusCode() != 200) {
      throw notServed(response);
    }
    JsonNode page = object(response);
    JsonNode events = page.get("events");
    if (events == null || !events.isArray()) {
      throw http.unexpected("a page of events without an events array", null);
    }
    if (events.size() > limit) {
      throw http.unexpected(events.size() + " events where at most " + limit + " were asked", null);
    }
    List<ProductionEvent> read = new ArrayList<>(events.size());
    long last = cursor;
    for (JsonNode event : events) {
      ProductionEvent next = readEvent(event);
      if (next.sequence() <= last) {
        throw http.unexpected(
            "event " + next.sequence() + " does not come after " + last + " in the feed", null);
      }
      last = next.sequence();
      read.add(next);
    }
    long next = number(page, "next", "the page of events");
    if (next < last) {
      throw http.unexpected(
          "the page's next " + next + " is before its events (" + last + ")", null);
    }
    return new ProductionEvents(List.copyOf(read), next);
  }

  private ProductionEvent readEvent(JsonNode event) {
    if (!event.isObject()) {
      throw http.unexpected("an event that is not an object", null);
    }
    long sequence = number(event, "sequence", "an event");
    String where = "event " + sequence;
    UUID orderId;
    try {
      orderId = UUID.fromString(text(event, "orderId", where));
    } catch (IllegalArgumentException e) {
      throw http.unexpected(where + " has an orderId that is not a UUID", e);
    }
    String state = text(event, "state", where);
    LocalDateTime at;
    try {
      at =
          OffsetDateTime.parse(text(event, "at", where))
              .atZoneSameInstant(CityTime.ZONE)
              .toLocalDateTime();
    } catch (DateTimeException e) {
      throw http.unexpected(where + " has an at that is not a date-time with an offset", e);
    }
    JsonNode reason = event.get("reason");
    if (reason != null && !reason.isNull() && !reason.isTextual()) {
      throw http.unexpected(where + " has a reason that is not text", null);
    }
    return new ProductionEvent(
        sequence,
        orderId,
        productionNumber(event, where),
        domainState(state, where),
        at,
        reason == null || reason.isNull() ? null : reason.asText());
  }

  /** The contract's states as the domain names them. */
  private DocumentState domainState(String state, String where) {
    return switch (state) {
      case "ACCEPTED" -> DocumentState.ORDERED;
      case "IN_PRODUCTION" -> DocumentState.IN_PRODUCTION;
      case "DISPATCHED" -> DocumentState.DISPATCHED;
      case "DELIVERED" -> DocumentState.ARRIVED;
      case "REFUSED" -> DocumentState.REFUSED;
      default ->
          throw http.unexpected(where + " has a state the contract does not know: " + state, null);
    };
  }

  private Void sendActivation(String productionNumber) {
    HttpRequest request =
        request(BelpicContract.activationPath(productionNumber))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<byte[]> response = http.send(request);
    return switch (response.statusCode()) {
      case 204 -> null;
      case 404 -> throw refusal(response, BelpicContract.UNKNOWN_PRODUCTION_NUMBER);
      case 409 -> throw refusal(response, BelpicContract.NOT_DELIVERED);
      default -> throw notServed(response);
    };
  }

  private HttpRequest.Builder request(String path) {
    return http.request(path)
        .header("Accept", BelpicContract.JSON)
        .header("Authorization", credentials.authorization())
        .header(BelpicContract.MUNICIPALITY_HEADER, credentials.municipality().value());
  }

  /**
   * A refusal from its {@code {code, reason}} body; {@code fallbackCode} stands in for a body the
   * status already says enough about (null when the code is required).
   */
  private RuntimeException refusal(HttpResponse<byte[]> response, String fallbackCode) {
    JsonNode error = errorBody(response);
    JsonNode code = error == null ? null : error.get("code");
    JsonNode reason = error == null ? null : error.get("reason");
    boolean hasCode = code != null && code.isTextual() && !code.asText().isBlank();
    if (!hasCode && fallbackCode == null) {
      return http.unexpected("HTTP " + response.statusCode() + " without an error code", null);
    }
    return new OrderRefusedException(
        hasCode ? code.asText() : fallbackCode,
        reason != null && reason.isTextual()
            ? reason.asText()
            : "refused with HTTP " + response.statusCode());
  }

  /** An answer that is not one the call expects: the production did not serve it. */
  private SystemUnavailableException notServed(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status >= 500) {
      return http.serverError(response, "");
    }
    String detail = errorDetail(response);
    return switch (status) {
      case 401 ->
          new SystemUnavailableException(
              SYSTEM,
              "refused the partner credentials of municipality "
                  + credentials.municipality()
                  + " (HTTP 401"
                  + detail
                  + "): check the API key");
      case 403 ->
          new SystemUnavailableException(
              SYSTEM,
              "holds the API key for another municipality than "
                  + credentials.municipality()
                  + " (HTTP 403"
                  + detail
                  + ")");
      case 400 ->
          http.unexpected(
              "it calls the request malformed (HTTP 400"
                  + detail
                  + "): this adapter and the production disagree on the contract",
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

  private JsonNode object(HttpResponse<byte[]> response) {
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

  private String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw http.unexpected(where + " has no " + field, null);
    }
    return value.asText();
  }

  private long number(JsonNode node, String field, String where) {
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

  private String productionNumber(JsonNode node, String where) {
    String number = text(node, "productionNumber", where);
    if (!PRODUCTION_NUMBER.matcher(number).matches()) {
      throw http.unexpected(where + " has a production number outside the contract", null);
    }
    return number;
  }

  private LocalDate date(String value, String where) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw http.unexpected(where + " is not a date: " + value, e);
    }
  }

  private byte[] write(JsonNode node) {
    try {
      return json.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written", e);
    }
  }
}
