package be.loketopmaat.adapters.federal.simulator;

import be.loketopmaat.adapters.federal.ebox.EboxContract;
import be.loketopmaat.domain.mailbox.DeliveryStatus;
import be.loketopmaat.domain.population.NisCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citizen's eBox as {@code contracts/ebox/ebox-publication.openapi.yaml} writes it, as a real
 * HTTP server on the loopback interface: it keeps the consents of its test citizens (none agreed
 * until told so), the messages published to them and their status, publishes a key once (a second
 * publication under it is {@code 409 DUPLICATE_KEY} with the first message's id), takes at most six
 * PDF documents of at most 10 MB, and can be slowed down, fail or go down ({@link #faults()},
 * {@link #goDown()}). Its controls are this Java API only: nothing of them is reachable over HTTP.
 */
public final class CitizenMailboxSimulator extends PartnerSimulator {
  private static final Pattern CONSENT =
      Pattern.compile(Pattern.quote(EboxContract.CONSENTS_PATH) + "([^/]*)");
  private static final Pattern MESSAGE =
      Pattern.compile(Pattern.quote(EboxContract.MESSAGES_PATH + "/") + "([^/]*)");
  private static final Pattern NATIONAL_NUMBER = Pattern.compile("[0-9]{11}");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");
  private static final Set<String> LANGUAGES = Set.of("nl", "fr", "en");
  private static final Set<String> MESSAGE_FIELDS =
      Set.of("recipient", "language", "subject", "body", "documents");

  /** A message as the mailbox keeps it. */
  public record Received(
      String messageId,
      NisCode sender,
      String recipient,
      String language,
      String subject,
      String body,
      List<Attachment> documents) {}

  /** A document as it came, decoded. */
  public record Attachment(String fileName, String mediaType, byte[] content) {}

  private final Set<String> consenting = new HashSet<>();
  private final Map<String, Received> byId = new HashMap<>();
  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, DeliveryStatus> status = new HashMap<>();
  private final List<Received> published = new ArrayList<>();
  private int publications;

  private CitizenMailboxSimulator(int port) {
    super("ebox", port);
  }

  /** Starts a mailbox on the loopback interface; port 0 takes any free port. */
  public static CitizenMailboxSimulator start(int port) {
    return new CitizenMailboxSimulator(port);
  }

  /** The citizen agrees (or no longer agrees) to receive documents in the eBox. */
  public synchronized void consent(String nationalNumber, boolean given) {
    if (given) {
      consenting.add(nationalNumber);
    } else {
      consenting.remove(nationalNumber);
    }
  }

  /** The messages in this citizen's mailbox, oldest first. */
  public synchronized List<Received> messagesFor(String nationalNumber) {
    return published.stream().filter(m -> m.recipient().equals(nationalNumber)).toList();
  }

  /** How many messages were published, duplicates not counted. */
  public synchronized int publications() {
    return publications;
  }

  /** The citizen opens the message. */
  public synchronized void read(String messageId) {
    if (status.replace(messageId, DeliveryStatus.READ) == null) {
      throw new IllegalArgumentException("no message " + messageId);
    }
  }

  /** The message's year in the mailbox ends unread. */
  public synchronized void expire(String messageId) {
    if (status.get(messageId) == DeliveryStatus.DELIVERED) {
      status.put(messageId, DeliveryStatus.EXPIRED);
    }
  }

  @Override
  void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Matcher consent = CONSENT.matcher(path);
    Matcher message = MESSAGE.matcher(path);
    String allowed;
    if (consent.matches() || message.matches()) {
      allowed = "GET";
    } else if (path.equals(EboxContract.MESSAGES_PATH)) {
      allowed = "POST";
    } else {
      api.notFound(exchange, path);
      return;
    }
    if (!api.requireMethod(exchange, allowed, path)) {
      return;
    }
    Optional<NisCode> sender = api.authenticate(exchange);
    if (sender.isEmpty()) {
      return;
    }
    if (consent.matches()) {
      consent(exchange, consent.group(1));
    } else if (message.matches()) {
      status(exchange, sender.get(), message.group(1));
    } else {
      publish(exchange, sender.get());
    }
  }

  private void consent(HttpExchange exchange, String nationalNumber) throws IOException {
    if (!NATIONAL_NUMBER.matcher(nationalNumber).matches()) {
      api.malformed(exchange, "a national number is eleven digits");
      return;
    }
    ObjectNode answer = api.json().createObjectNode();
    answer.put("nationalNumber", nationalNumber);
    synchronized (this) {
      answer.put("consent", consenting.contains(nationalNumber));
    }
    api.send(exchange, 200, answer);
  }

  private void status(HttpExchange exchange, NisCode sender, String messageId) throws IOException {
    DeliveryStatus now;
    synchronized (this) {
      Received received = byId.get(messageId);
      now = received == null || !received.sender().equals(sender) ? null : status.get(messageId);
    }
    if (now == null) {
      api.error(
          exchange,
          404,
          EboxContract.UNKNOWN_MESSAGE,
          "no message of municipality " + sender + " has id " + messageId);
      return;
    }
    ObjectNode answer = api.json().createObjectNode();
    answer.put("messageId", messageId);
    answer.put("status", now.name());
    api.send(exchange, 200, answer);
  }

  private void publish(HttpExchange exchange, NisCode sender) throws IOException {
    String key = exchange.getRequestHeaders().getFirst(EboxContract.IDEMPOTENCY_KEY);
    if (key == null || !KEY.matcher(key).matches()) {
      api.malformed(
          exchange, EboxContract.IDEMPOTENCY_KEY + " is 8 to 100 letters, digits or . _ : -");
      return;
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith(EboxContract.JSON)) {
      api.malformed(exchange, "a message is posted as application/json");
      return;
    }
    JsonNode body;
    try {
      body = api.json().readTree(SimulatorServer.readBody(exchange));
    } catch (IOException e) {
      api.malformed(exchange, "the body is not JSON");
      return;
    }
    String malformed = malformed(body);
    if (malformed != null) {
      api.malformed(exchange, malformed);
      return;
    }
    String recipient = body.get("recipient").asText();
    List<Attachment> documents = new ArrayList<>();
    String refused = attachments(body.get("documents"), documents);
    if (refused == null && documents.size() > EboxContract.MAX_DOCUMENTS) {
      refused = "a message carries at most " + EboxContract.MAX_DOCUMENTS + " documents";
    }
    String scoped = sender.value() + "/" + key;
    String first;
    boolean noConsent;
    Received received = null;
    synchronized (this) {
      first = byKey.get(scoped);
      noConsent = first == null && !consenting.contains(recipient);
      if (first == null && !noConsent && refused == null) {
        received =
            new Received(
                "MSG-" + (byId.size() + 1) + "-" + Integer.toHexString(scoped.hashCode()),
                sender,
                recipient,
                body.get("language").asText(),
                body.get("subject").asText(),
                body.get("body").asText(),
                List.copyOf(documents));
        byKey.put(scoped, received.messageId());
        byId.put(received.messageId(), received);
        status.put(received.messageId(), DeliveryStatus.DELIVERED);
        published.add(received);
        publications++;
      }
    }
    if (first != null) {
      ObjectNode answer = api.json().createObjectNode();
      answer.put("code", EboxContract.DUPLICATE_KEY);
      answer.put("reason", "a message was published under this key before");
      answer.put("messageId", first);
      api.send(exchange, 409, answer);
    } else if (noConsent) {
      api.error(
          exchange,
          422,
          EboxContract.NO_CONSENT,
          "the citizen has not agreed to receive documents in the eBox");
    } else if (refused != null) {
      api.error(exchange, 422, EboxContract.MESSAGE_REFUSED, refused);
    } else {
      ObjectNode answer = api.json().createObjectNode();
      answer.put("messageId", received.messageId());
      api.send(exchange, 201, answer);
    }
  }

  /** What makes the body not a message of the contract, or null. */
  private static String malformed(JsonNode body) {
    if (body == null || !body.isObject()) {
      return "a message is a JSON object";
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!MESSAGE_FIELDS.contains(name)) {
        return "a message has no field " + name;
      }
    }
    JsonNode recipient = body.get("recipient");
    if (recipient == null
        || !recipient.isTextual()
        || !NATIONAL_NUMBER.matcher(recipient.asText()).matches()) {
      return "recipient is a national number of eleven digits";
    }
    JsonNode language = body.get("language");
    if (language == null || !language.isTextual() || !LANGUAGES.contains(language.asText())) {
      return "language is nl, fr or en";
    }
    if (!text(body.get("subject"), 200) || !text(body.get("body"), 10_000)) {
      return "subject (at most 200 characters) and body (at most 10000) are texts";
    }
    JsonNode documents = body.get("documents");
    if (documents == null || !documents.isArray()) {
      return "documents is an array";
    }
    for (JsonNode document : documents) {
      if (!document.isObject()
          || !text(document.get("fileName"), 100)
          || !text(document.get("mediaType"), 100)
          || document.get("content") == null
          || !document.get("content").isTextual()) {
        return "a document is {fileName, mediaType, content (base64)}";
      }
    }
    return null;
  }

  private static boolean text(JsonNode node, int longest) {
    return node != null
        && node.isTextual()
        && !node.asText().isBlank()
        && node.asText().length() <= longest;
  }

  /** Decodes the documents into {@code into}; what the mailbox will not take, or null. */
  private static String attachments(JsonNode documents, List<Attachment> into) {
    Base64.Decoder base64 = Base64.getDecoder();
    for (JsonNode document : documents) {
      String mediaType = document.get("mediaType").asText();
      if (!mediaType.equals("application/pdf")) {
        return "the mailbox takes PDF documents, not " + mediaType;
      }
      byte[] content;
      try {
        content = base64.decode(document.get("content").asText());
      } catch (IllegalArgumentException e) {
        return "the content of " + document.get("fileName").asText() + " is not base64";
      }
      if (content.length == 0 || content.length > EboxContract.MAX_DOCUMENT_BYTES) {
        return "a document has 1 byte to 10 MB";
      }
      into.add(new Attachment(document.get("fileName").asText(), mediaType, content));
    }
    return null;
  }
}
