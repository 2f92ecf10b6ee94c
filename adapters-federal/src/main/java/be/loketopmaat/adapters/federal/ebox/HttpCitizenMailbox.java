package be.loketopmaat.adapters.federal.ebox;

import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.http.PartnerJsonApi;
import be.loketopmaat.adapters.federal.http.SystemCircuitBreaker;
import be.loketopmaat.application.port.out.federal.CitizenMailbox;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.mailbox.DeliveryStatus;
import be.loketopmaat.domain.mailbox.MailboxDocument;
import be.loketopmaat.domain.mailbox.MailboxMessage;
import be.loketopmaat.domain.mailbox.MailboxRefusedException;
import be.loketopmaat.domain.mailbox.MessageKey;
import be.loketopmaat.domain.mailbox.Publication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The citizen's eBox over JSON and HTTP, as {@code contracts/ebox/ebox-publication.openapi.yaml}
 * writes it down. Every call goes through the mailbox's circuit breaker; a refusal (no consent, a
 * message it does not take) is an answer and does not count against it.
 *
 * <p>A publication whose answer is lost is sent again with the same key: the mailbox answers {@code
 * 409 DUPLICATE_KEY} with the first message's id, which this adapter gives back as a {@link
 * Publication} marked duplicate, so that the caller sees one message, published once.
 */
public final class HttpCitizenMailbox implements CitizenMailbox {
  public static final String SYSTEM = "eBox citizen mailbox";

  private final PartnerJsonApi api;
  private final SystemCircuitBreaker breaker;

  public HttpCitizenMailbox(
      EndpointSettings endpoint, PartnerCredentials credentials, CircuitBreakerSettings circuit) {
    this.api = new PartnerJsonApi(SYSTEM, "the mailbox", endpoint, credentials);
    this.breaker = new SystemCircuitBreaker(SYSTEM, circuit);
  }

  /** With the circuit breaker's {@linkplain CircuitBreakerSettings#defaults() defaults}. */
  public HttpCitizenMailbox(EndpointSettings endpoint, PartnerCredentials credentials) {
    this(endpoint, credentials, CircuitBreakerSettings.defaults());
  }

  /** The state of the mailbox's circuit breaker, for monitoring. */
  public CircuitBreaker.State circuitState() {
    return breaker.state();
  }

  @Override
  public boolean hasConsent(NationalNumber citizen) {
    Objects.requireNonNull(citizen, "citizen");
    return breaker.call(() -> readConsent(citizen));
  }

  @Override
  public Publication publish(MailboxMessage message, MessageKey key) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(key, "key");
    byte[] body = api.write(written(message));
    return breaker.call(() -> send(body, key));
  }

  @Override
  public Optional<DeliveryStatus> deliveryStatus(String messageId) {
    if (messageId == null || !EboxContract.MESSAGE_ID.matcher(messageId).matches()) {
      return Optional.empty(); // no message of the mailbox has such an id
    }
    return breaker.call(() -> readStatus(messageId));
  }

  private boolean readConsent(NationalNumber citizen) {
    HttpResponse<byte[]> response =
        api.send(api.request(EboxContract.CONSENTS_PATH + citizen.digits()).GET().build());
    if (response.statusCode() != 200) {
      throw api.notServed(response);
    }
    JsonNode consent = api.object(response);
    JsonNode given = consent.get("consent");
    if (given == null || !given.isBoolean()) {
      throw api.unexpected("a consent without a boolean consent field", null);
    }
    if (!citizen.digits().equals(api.text(consent, "nationalNumber", "the consent"))) {
      throw api.unexpected("a consent for another national number than asked", null);
    }
    return given.booleanValue();
  }

  private ObjectNode written(MailboxMessage message) {
    ObjectNode body = api.json().createObjectNode();
    body.put("recipient", message.recipient().digits());
    body.put("language", message.language().tag());
    body.put("subject", message.subject());
    body.put("body", message.body());
    ArrayNode documents = body.putArray("documents");
    Base64.Encoder base64 = Base64.getEncoder();
    for (MailboxDocument document : message.documents()) {
      ObjectNode written = documents.addObject();
      written.put("fileName", document.fileName());
      written.put("mediaType", document.mediaType());
      written.put("content", base64.encodeToString(document.content()));
    }
    return body;
  }

  private Publication send(byte[] body, MessageKey key) {
    HttpRequest request =
        api.request(EboxContract.MESSAGES_PATH)
            .header("Content-Type", EboxContract.JSON)
            .header(EboxContract.IDEMPOTENCY_KEY, key.value())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response = api.send(request);
    return switch (response.statusCode()) {
      case 201 -> new Publication(messageId(api.object(response), "the receipt"), false);
      case 409 -> duplicate(response);
      case 422 -> throw refused(response);
      default -> throw api.notServed(response);
    };
  }

  private Publication duplicate(HttpResponse<byte[]> response) {
    JsonNode answer = api.object(response);
    String code = api.text(answer, "code", "the conflict");
    if (!EboxContract.DUPLICATE_KEY.equals(code)) {
      throw api.unexpected(
          "HTTP 409 with code " + code + ", not " + EboxContract.DUPLICATE_KEY, null);
    }
    return new Publication(messageId(answer, "the duplicate"), true);
  }

  private RuntimeException refused(HttpResponse<byte[]> response) {
    JsonNode answer = api.object(response);
    String code = api.text(answer, "code", "the refusal");
    String reason = api.optionalText(answer, "reason", "the refusal");
    MailboxRefusedException.Reason why =
        switch (code) {
          case EboxContract.NO_CONSENT -> MailboxRefusedException.Reason.NO_CONSENT;
          case EboxContract.MESSAGE_REFUSED -> MailboxRefusedException.Reason.MESSAGE_REFUSED;
          default ->
              throw api.unexpected(
                  "HTTP 422 with a code the contract does not know: " + code, null);
        };
    return new MailboxRefusedException(why, reason == null ? code : reason);
  }

  private Optional<DeliveryStatus> readStatus(String messageId) {
    HttpResponse<byte[]> response =
        api.send(api.request(EboxContract.messagePath(messageId)).GET().build());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw api.notServed(response);
    }
    JsonNode status = api.object(response);
    if (!messageId.equals(messageId(status, "the status"))) {
      throw api.unexpected("the status of another message than asked", null);
    }
    String state = api.text(status, "status", "the status");
    try {
      return Optional.of(DeliveryStatus.valueOf(state));
    } catch (IllegalArgumentException e) {
      throw api.unexpected("a delivery status the contract does not know: " + state, e);
    }
  }

  private String messageId(JsonNode node, String where) {
    String id = api.text(node, "messageId", where);
    if (!EboxContract.MESSAGE_ID.matcher(id).matches()) {
      throw api.unexpected(where + " has a message id outside the contract", null);
    }
    return id;
  }
}
