package be.loketopmaat.adapters.federal.belpic;

import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.FederalHttp;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.http.PartnerJsonApi;
import be.loketopmaat.adapters.federal.http.SystemCircuitBreaker;
import be.loketopmaat.application.port.out.federal.DocumentProduction;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.document.DocumentState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

  private final PartnerJsonApi api;
  private final FederalHttp http;
  private final SystemCircuitBreaker breaker;
  private final ObjectMapper json;

  /**
   * @param credentials the municipality the adapter orders for, and its partner API key
   */
  public HttpDocumentProduction(
      EndpointSettings endpoint, PartnerCredentials credentials, CircuitBreakerSettings circuit) {
    this.api = new PartnerJsonApi(SYSTEM, "the production", endpoint, credentials);
    this.http = api.http();
    this.json = api.json();
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
  public ProductionReceipt orderCodes(CodeOrder order) {
    Objects.requireNonNull(order, "order");
    boolean complete =
        order.id() != null
            && order.insz() != null
            && order.name() != null
            && !order.name().isBlank()
            && order.name().length() <= 200
            && order.municipality() != null
            && order.deliverTo() != null;
    if (!complete) {
      throw new IllegalArgumentException(
          "a codes order needs its id, national number, a name of 1 to 200 characters, its"
              + " municipality and where to deliver it");
    }
    return breaker.call(() -> placeCodeOrder(order));
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

  @Override
  public void returned(String productionNumber) {
    if (productionNumber == null || !PRODUCTION_NUMBER.matcher(productionNumber).matches()) {
      throw new IllegalArgumentException(
          "a production number is 4 to 40 capitals, digits or dashes, not " + productionNumber);
    }
    breaker.run(() -> sendReturn(productionNumber));
  }

  private Void sendReturn(String productionNumber) {
    HttpRequest request =
        request(BelpicContract.returnPath(productionNumber))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<byte[]> response = http.send(request);
    return switch (response.statusCode()) {
      case 204 -> null;
      case 404 -> throw refusal(response, BelpicContract.UNKNOWN_PRODUCTION_NUMBER);
      case 409 -> throw refusal(response, null);
      default -> throw notServed(response);
    };
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
    return post(BelpicContract.ORDERS_PATH, order.id(), body);
  }

  private ProductionReceipt placeCodeOrder(CodeOrder order) {
    ObjectNode body = json.createObjectNode();
    body.put("orderId", order.id().toString());
    body.put("nationalNumber", order.insz().digits());
    body.put("name", order.name());
    body.put("municipality", order.municipality().value());
    body.put("deliveryPoint", order.deliverTo().value());
    return post(BelpicContract.CODE_ORDERS_PATH, order.id(), body);
  }

  /** Posts an order under its idempotency key; its receipt, or the production's refusal. */
  private ProductionReceipt post(String path, UUID id, ObjectNode body) {
    HttpRequest request =
        request(path)
            .header("Content-Type", BelpicContract.JSON)
            .header(BelpicContract.IDEMPOTENCY_KEY_HEADER, id.toString())
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
    LocalDateTime at = api.cityTime(event, "at", where);
    String reason = api.optionalText(event, "reason", where);
    Subject subject = subject(api.optionalText(event, "subject", where), where);
    DocumentState reached = domainState(state, where);
    if (subject == Subject.CODES && reached == DocumentState.IN_PRODUCTION) {
      throw http.unexpected(where + " puts a codes order IN_PRODUCTION, which it never is", null);
    }
    return new ProductionEvent(
        sequence, orderId, productionNumber(event, where), reached, at, reason, subject);
  }

  /** What the event's order is for; a document when the feed does not say. */
  private Subject subject(String subject, String where) {
    if (subject == null || subject.equals(BelpicContract.Subject.DOCUMENT.name())) {
      return Subject.DOCUMENT;
    }
    if (subject.equals(BelpicContract.Subject.CODES.name())) {
      return Subject.CODES;
    }
    throw http.unexpected(where + " has a subject the contract does not know: " + subject, null);
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
    return api.request(path);
  }

  private RuntimeException refusal(HttpResponse<byte[]> response, String fallbackCode) {
    return api.refusal(response, fallbackCode, OrderRefusedException::new);
  }

  private SystemUnavailableException notServed(HttpResponse<byte[]> response) {
    return api.notServed(response);
  }

  private JsonNode object(HttpResponse<byte[]> response) {
    return api.object(response);
  }

  private String text(JsonNode node, String field, String where) {
    return api.text(node, field, where);
  }

  private long number(JsonNode node, String field, String where) {
    return api.number(node, field, where);
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
    return api.write(node);
  }
}
