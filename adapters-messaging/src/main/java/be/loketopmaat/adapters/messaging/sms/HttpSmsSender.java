package be.loketopmaat.adapters.messaging.sms;

import be.loketopmaat.application.port.out.MessageSender;
import be.loketopmaat.domain.notification.Message;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a message as an SMS through the city's SMS gateway over HTTP, by the contract in {@code
 * docs/sms-gateway.md}: {@code POST <url>/messages} with a JSON body and the API key as bearer
 * token. The same message always carries the same {@code Idempotency-Key}, so a message sent again
 * after a lost answer reaches the citizen once. A refused number is permanent; a gateway that is
 * down, slow, overloaded or refuses our key is transient (someone can fix it).
 */
public final class HttpSmsSender implements MessageSender {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SmsSettings settings;
  private final HttpClient http;

  public HttpSmsSender(SmsSettings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
  }

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public boolean ready() {
    return settings.url() != null;
  }

  @Override
  public void send(Message message) throws DeliveryException {
    if (!ready()) {
      throw new DeliveryException("no SMS gateway configured", false, null);
    }
    String to =
        PhoneNumbers.e164(message.phone())
            .orElseThrow(
                () ->
                    new DeliveryException(
                        "not a phone number an SMS can reach: " + message.phone(), true, null));
    String text = message.subject() + "\n" + message.body();
    Map<String, String> body = new LinkedHashMap<>();
    body.put("to", to);
    body.put("from", settings.sender());
    body.put("text", text);
    if (message.appointment() != null) {
      body.put("reference", message.appointment().value());
    }
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(settings.url().resolve(path(settings.url().getPath())))
              .timeout(settings.timeout())
              .header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + settings.apiKey())
              .header("Idempotency-Key", idempotencyKey(message))
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
              .build();
    } catch (JsonProcessingException e) {
      throw new DeliveryException("the SMS could not be written: " + e.getMessage(), true, e);
    }
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryException("the SMS gateway did not answer: " + e.getMessage(), false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted while sending an SMS", false, e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    String reason = "the SMS gateway answered " + status + ": " + abbreviated(response.body());
    boolean refusedMessage = status == 400 || status == 404 || status == 422;
    throw new DeliveryException(reason, refusedMessage, null);
  }

  /** {@code <url>/messages}, whether or not the URL ends with a slash. */
  private static String path(String base) {
    String prefix = base == null || base.isEmpty() ? "" : base;
    return (prefix.endsWith("/") ? prefix : prefix + "/") + "messages";
  }

  private static String idempotencyKey(Message message) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      if (message.appointment() != null) {
        digest.update(message.appointment().value().getBytes(StandardCharsets.UTF_8));
      }
      digest.update((byte) 0);
      digest.update(message.kind().name().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(message.body().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String abbreviated(String body) {
    if (body == null) {
      return "";
    }
    return body.length() <= 200 ? body : body.substring(0, 200) + "...";
  }
}
