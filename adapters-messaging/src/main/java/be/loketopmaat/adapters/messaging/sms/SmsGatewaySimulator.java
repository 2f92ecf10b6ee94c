package be.loketopmaat.adapters.messaging.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMS gateway that speaks the contract of {@code docs/sms-gateway.md} over real HTTP, for tests
 * and for trying the service without a provider: it checks the API key and the number, keeps what
 * it accepted, answers a repeated {@code Idempotency-Key} without sending twice, and can be told to
 * fail the next calls.
 */
public final class SmsGatewaySimulator implements AutoCloseable {
  /** One SMS the gateway accepted. */
  public record Sms(String to, String from, String text, String reference) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final String apiKey;
  private final List<Sms> sent = new ArrayList<>();
  private final Map<String, String> idsByKey = new HashMap<>();
  private final AtomicInteger failures = new AtomicInteger();
  private volatile int failureStatus;

  private SmsGatewaySimulator(HttpServer server, String apiKey) {
    this.server = server;
    this.apiKey = apiKey;
  }

  /** Starts on a free port of the loopback address. */
  public static SmsGatewaySimulator start(String apiKey) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      SmsGatewaySimulator simulator = new SmsGatewaySimulator(server, apiKey);
      server.createContext("/messages", simulator::handle);
      server.start();
      return simulator;
    } catch (IOException e) {
      throw new IllegalStateException("the SMS gateway simulator could not start", e);
    }
  }

  /** The gateway's base URL, as {@code loket.sms.url}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The SMS accepted so far, in order. */
  public synchronized List<Sms> sent() {
    return List.copyOf(sent);
  }

  /** The next {@code times} calls answer {@code status} and send nothing. */
  public void failNext(int times, int status) {
    failureStatus = status;
    failures.set(times);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, "{\"error\":\"POST only\"}");
        return;
      }
      if (!("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        answer(exchange, 401, "{\"error\":\"unknown API key\"}");
        return;
      }
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        answer(exchange, failureStatus, "{\"error\":\"simulated failure\"}");
        return;
      }
      JsonNode body;
      try {
        body = JSON.readTree(exchange.getRequestBody());
      } catch (IOException e) {
        answer(exchange, 400, "{\"error\":\"not JSON\"}");
        return;
      }
      String to = body.path("to").asText("");
      String text = body.path("text").asText("");
      if (!to.matches("\\+[1-9]\\d{7,14}")) {
        answer(exchange, 422, "{\"error\":\"'to' is not an E.164 number\"}");
        return;
      }
      if (text.isEmpty()) {
        answer(exchange, 422, "{\"error\":\"'text' is empty\"}");
        return;
      }
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      answer(exchange, 202, "{\"id\":\"" + accept(key, to, body, text) + "\"}");
    }
  }

  private synchronized String accept(String key, String to, JsonNode body, String text) {
    if (key != null && idsByKey.containsKey(key)) {
      return idsByKey.get(key);
    }
    sent.add(new Sms(to, body.path("from").asText(""), text, body.path("reference").asText("")));
    String id = "sms-" + sent.size();
    if (key != null) {
      idsByKey.put(key, id);
    }
    return id;
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
