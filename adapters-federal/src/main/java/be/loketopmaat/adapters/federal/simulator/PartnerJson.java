package be.loketopmaat.adapters.federal.simulator;

import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.http.PartnerJsonApi;
import be.loketopmaat.domain.population.NisCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The server side of a JSON API that knows municipalities by their partner keys, as our Belpic and
 * BelDrive contracts write it: the key in {@code Authorization: Bearer <key>} must be a known one
 * ({@code 401 UNAUTHENTICATED}), {@code X-Municipality} a NIS code ({@code 400 MALFORMED_REQUEST})
 * and the key's own municipality ({@code 403 FORBIDDEN}); every error is {@code {code, reason}}.
 */
final class PartnerJson {
  static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
  static final String UNAUTHENTICATED = "UNAUTHENTICATED";
  static final String FORBIDDEN = "FORBIDDEN";

  private static final Pattern NIS = Pattern.compile("[1-9][0-9]{4}");
  private static final Pattern AMPERSAND = Pattern.compile("&");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

  /** What a feed's page request asks: the events after a sequence, at most {@code limit}. */
  record FeedPage(long after, int limit) {}

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, NisCode> partners = new ConcurrentHashMap<>();

  ObjectMapper json() {
    return json;
  }

  /** Gives {@code municipality} the partner API key {@code apiKey}. */
  void addPartner(NisCode municipality, String apiKey) {
    partners.put(apiKey, municipality);
  }

  /** The municipality the key belongs to, or empty when an error was answered. */
  Optional<NisCode> authenticate(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    NisCode owner = null;
    if (authorization != null && authorization.startsWith("Bearer ")) {
      owner = partners.get(authorization.substring("Bearer ".length()).strip());
    }
    if (owner == null) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
      error(exchange, 401, UNAUTHENTICATED, "no API key, or not a known one");
      return Optional.empty();
    }
    String named = exchange.getRequestHeaders().getFirst(PartnerCredentials.MUNICIPALITY_HEADER);
    if (named == null || !NIS.matcher(named).matches()) {
      malformed(
          exchange, PartnerCredentials.MUNICIPALITY_HEADER + " must be a five-digit NIS code");
      return Optional.empty();
    }
    if (!owner.value().equals(named)) {
      error(exchange, 403, FORBIDDEN, "this API key is not the one of municipality " + named);
      return Optional.empty();
    }
    return Optional.of(owner);
  }

  /**
   * Answers {@code 405} with an {@code Allow} header when the method is not {@code allowed}.
   *
   * @return whether the method is the allowed one
   */
  boolean requireMethod(HttpExchange exchange, String allowed, String path) throws IOException {
    if (allowed.equals(exchange.getRequestMethod())) {
      return true;
    }
    exchange.getResponseHeaders().set("Allow", allowed);
    error(exchange, 405, "METHOD_NOT_ALLOWED", path + " takes " + allowed);
    return false;
  }

  void notFound(HttpExchange exchange, String path) throws IOException {
    error(exchange, 404, "NOT_FOUND", "no such resource: " + path);
  }

  void malformed(HttpExchange exchange, String reason) throws IOException {
    error(exchange, 400, MALFORMED_REQUEST, reason);
  }

  void error(HttpExchange exchange, int status, String code, String reason) throws IOException {
    ObjectNode error = json.createObjectNode();
    error.put("code", code);
    error.put("reason", reason);
    send(exchange, status, error);
  }

  void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    SimulatorServer.send(exchange, status, PartnerJsonApi.JSON, write(body));
  }

  byte[] write(JsonNode node) {
    try {
      return json.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written", e);
    }
  }

  /**
   * The {@code after} (0 or a sequence, required) and {@code limit} (1 to {@code maxLimit}, {@code
   * defaultLimit} when left out) of a feed request; empty when a 400 was answered.
   */
  Optional<FeedPage> feedPage(HttpExchange exchange, int defaultLimit, int maxLimit)
      throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    String after = query.get("after");
    String limit = query.getOrDefault("limit", String.valueOf(defaultLimit));
    if (after == null || !DIGITS.matcher(after).matches()) {
      malformed(exchange, "after must be 0 or a sequence");
      return Optional.empty();
    }
    if (!DIGITS.matcher(limit).matches()
        || Long.parseLong(limit) < 1
        || Long.parseLong(limit) > maxLimit) {
      malformed(exchange, "limit must be 1 to " + maxLimit);
      return Optional.empty();
    }
    return Optional.of(new FeedPage(Long.parseLong(after), Integer.parseInt(limit)));
  }

  /** The query's parameters; the first of a repeated one counts. */
  static Map<String, String> query(String raw) {
    Map<String, String> parameters = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return parameters;
    }
    for (String pair : AMPERSAND.split(raw, -1)) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        parameters.putIfAbsent(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    return parameters;
  }
}
