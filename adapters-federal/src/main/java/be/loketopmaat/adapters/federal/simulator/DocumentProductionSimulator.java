package be.loketopmaat.adapters.federal.simulator;

import be.loketopmaat.adapters.federal.belpic.BelpicContract;
import be.loketopmaat.adapters.federal.belpic.BelpicContract.State;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.common.Code;
import be.loketopmaat.domain.population.NisCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The federal document production (Belpic), over real HTTP, as {@code
 * contracts/belpic/document-production.openapi.yaml} writes it: partner API keys per municipality,
 * idempotent orders, a feed of events with sequences, activation at hand-over.
 *
 * <p>Time is simulated: the simulator's clock stands still until a test or a demo moves it ({@link
 * #advance(Duration)}, {@link #advanceWorkingDays(int)}). An order is ACCEPTED at once,
 * IN_PRODUCTION one working day later, DISPATCHED five working days after the order, and DELIVERED
 * the working day after dispatch; an urgent order is in production two hours after it was placed,
 * dispatched the next working day and delivered the working day after. Working days are Monday to
 * Friday in Brussels (public holidays are not simulated). An event enters the feed, with the next
 * sequence, once the clock has passed its time, so a cursor never skips one.
 *
 * <p>A codes order (a PIN/PUK letter) is ACCEPTED at once, DISPATCHED fourteen working days later
 * and DELIVERED the working day after (about three weeks); it is refused while the person's address
 * change is pending ({@link #addressChangePending}), without an active card ({@link
 * #noActiveCard}), or while a chip card ordered for them is neither refused, activated nor sent
 * back.
 *
 * <p>Everything beyond the contract is a Java API only, never reachable over the network: partners
 * ({@link #addPartner}), refusals ({@link #refuseNext}, {@link #refuseInProduction}), the failures
 * of {@link #faults()}, and the counters tests check ({@link #ordersReceived}, {@link
 * #timesOrdered}, {@link #activated}, {@link #requestsSeen()}).
 */
public final class DocumentProductionSimulator extends PartnerSimulator {
  private static final Pattern ACTIVATION =
      Pattern.compile("/v1/orders/([A-Z0-9-]{4,40})/activation");
  private static final Pattern RETURN = Pattern.compile("/v1/orders/([A-Z0-9-]{4,40})/return");
  private static final Pattern NIS = Pattern.compile("[1-9][0-9]{4}");
  private static final Pattern ELEVEN_DIGITS = Pattern.compile("[0-9]{11}");
  private static final Set<String> ORDER_FIELDS =
      Set.of(
          "orderId",
          "documentType",
          "nationalNumber",
          "name",
          "municipality",
          "deliveryPoint",
          "urgent");
  private static final Set<String> CODE_ORDER_FIELDS =
      Set.of("orderId", "nationalNumber", "name", "municipality", "deliveryPoint");
  private static final Set<String> DOCUMENT_TYPES =
      Set.of("EID", "KIDS_ID", "PASSPORT", "FOREIGNER_CARD");

  /** The documents with a chip whose PIN/PUK codes can be ordered anew. */
  private static final Set<String> CHIP_CARDS = Set.of("EID", "KIDS_ID", "FOREIGNER_CARD");

  /** How long production takes, in working days after the order (see the class comment). */
  public static final int WORKING_DAYS_TO_PRODUCTION = 1;

  public static final int WORKING_DAYS_TO_DISPATCH = 5;
  public static final int URGENT_WORKING_DAYS_TO_DISPATCH = 1;
  public static final Duration URGENT_TIME_TO_PRODUCTION = Duration.ofHours(2);

  /** A PIN/PUK letter is dispatched after 14 working days and arrives the working day after. */
  public static final int WORKING_DAYS_TO_CODES_DISPATCH = 14;

  private record Refusal(String code, String reason) {}

  /** An order as the production keeps it, by municipality and order id. */
  private static final class Order {
    boolean codes;
    final NisCode municipality;
    final UUID id;
    final JsonNode body;
    final int status;
    final byte[] answer;
    final String productionNumber;
    State state = State.ACCEPTED;
    boolean activated;
    boolean returned;

    Order(
        NisCode municipality,
        UUID id,
        JsonNode body,
        int status,
        byte[] answer,
        String productionNumber) {
      this.municipality = municipality;
      this.id = id;
      this.body = body;
      this.status = status;
      this.answer = answer;
      this.productionNumber = productionNumber;
    }
  }

  private record Scheduled(long order, Instant at, Order of, State state, String reason) {}

  private record Event(long sequence, Order of, State state, Instant at, String reason) {}

  private final ObjectMapper json = api.json();
  private final Map<String, Order> orders = new HashMap<>();
  private final Map<String, Order> byProductionNumber = new HashMap<>();
  private final List<Scheduled> pending = new ArrayList<>();
  private final List<Event> feed = new ArrayList<>();
  private final Deque<Refusal> refusals = new ArrayDeque<>();
  private final Map<UUID, Integer> received = new HashMap<>();
  private final Map<UUID, Integer> made = new HashMap<>();
  private final Set<String> unknownNumbers = new HashSet<>();
  private final Set<String> addressChanges = new HashSet<>();
  private final Set<String> withoutCard = new HashSet<>();
  private Instant now;
  private long scheduled;
  private long sequence;
  private int productionNumbers;
  private int codeNumbers;

  private DocumentProductionSimulator(int port, Instant startAt) {
    super("belpic", port);
    this.now = startAt;
    this.unknownNumbers.add(MagdaPersonas.UNKNOWN.digits());
  }

  /**
   * Starts a simulator on the loopback interface, its clock at {@code startAt}; port 0 takes any
   * free port. It knows no partner until {@link #addPartner} is called.
   */
  public static DocumentProductionSimulator start(int port, Instant startAt) {
    return new DocumentProductionSimulator(port, startAt);
  }

  /** The simulated now. */
  public synchronized Instant now() {
    return now;
  }

  /** Moves the clock on; events whose time has come enter the feed. */
  public synchronized void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the clock does not go back");
    }
    now = now.plus(duration);
    materialize();
  }

  /** Moves the clock on by whole working days, to the same time of day. */
  public synchronized void advanceWorkingDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("the clock does not go back");
    }
    now = WorkingDays.plus(now, days);
    materialize();
  }

  /** The next new order (not a repeated one) is refused with this code. */
  public synchronized void refuseNext(String code, String reason) {
    refusals.add(new Refusal(code, reason));
  }

  /**
   * The production refuses an accepted order before it is dispatched (a photo found unusable in
   * production): a REFUSED event now, and no further ones.
   */
  public synchronized void refuseInProduction(UUID orderId, String reason) {
    Order order =
        orders.values().stream()
            .filter(o -> o.id.equals(orderId) && o.productionNumber != null)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no accepted order " + orderId));
    if (order.state != State.ACCEPTED && order.state != State.IN_PRODUCTION) {
      throw new IllegalStateException("order " + orderId + " is already " + order.state);
    }
    pending.removeIf(s -> s.of() == order);
    pending.add(new Scheduled(++scheduled, now, order, State.REFUSED, reason));
    materialize();
  }

  /**
   * The National Register has an address change of this person pending: a codes order for them is
   * refused ({@code ADDRESS_CHANGE_PENDING}) until {@link #addressChangeDone}.
   */
  public synchronized void addressChangePending(String nationalNumber) {
    addressChanges.add(nationalNumber);
  }

  public synchronized void addressChangeDone(String nationalNumber) {
    addressChanges.remove(nationalNumber);
  }

  /** This person has no active chip card: a codes order for them is refused. */
  public synchronized void noActiveCard(String nationalNumber) {
    withoutCard.add(nationalNumber);
  }

  /** How many requests to place this order came in (repeats included, refused ones too). */
  public synchronized int ordersReceived(UUID orderId) {
    return received.getOrDefault(orderId, 0);
  }

  /** How many times this order was made (accepted as a new order): 0 or 1, if idempotency holds. */
  public synchronized int timesOrdered(UUID orderId) {
    return made.getOrDefault(orderId, 0);
  }

  /** Whether the document of this production number was reported sent back, unclaimed. */
  public synchronized boolean returned(String productionNumber) {
    Order order = byProductionNumber.get(productionNumber);
    return order != null && order.returned;
  }

  /** Whether the card of this production number was activated. */
  public synchronized boolean activated(String productionNumber) {
    Order order = byProductionNumber.get(productionNumber);
    return order != null && order.activated;
  }

  @Override
  void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Matcher activation = ACTIVATION.matcher(path);
    Matcher back = RETURN.matcher(path);
    String allowed;
    boolean codes = path.equals(BelpicContract.CODE_ORDERS_PATH);
    if (path.equals(BelpicContract.ORDERS_PATH)
        || codes
        || activation.matches()
        || back.matches()) {
      allowed = "POST";
    } else if (path.equals(BelpicContract.EVENTS_PATH)) {
      allowed = "GET";
    } else {
      api.notFound(exchange, path);
      return;
    }
    if (!api.requireMethod(exchange, allowed, path)) {
      return;
    }
    Optional<NisCode> caller = api.authenticate(exchange);
    if (caller.isEmpty()) {
      return;
    }
    if (activation.matches()) {
      activate(exchange, caller.get(), activation.group(1));
    } else if (back.matches()) {
      sendBack(exchange, caller.get(), back.group(1));
    } else if (allowed.equals("GET")) {
      events(exchange, caller.get());
    } else {
      order(exchange, caller.get(), codes);
    }
  }

  private void order(HttpExchange exchange, NisCode caller, boolean codes) throws IOException {
    String key = exchange.getRequestHeaders().getFirst(BelpicContract.IDEMPOTENCY_KEY_HEADER);
    UUID id = uuid(key);
    if (id == null) {
      malformed(exchange, BelpicContract.IDEMPOTENCY_KEY_HEADER + " must be a UUID");
      return;
    }
    synchronized (this) {
      received.merge(id, 1, Integer::sum);
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith(BelpicContract.JSON)) {
      malformed(exchange, "an order is posted as application/json");
      return;
    }
    JsonNode body;
    try {
      body = json.readTree(SimulatorServer.readBody(exchange));
    } catch (IOException e) {
      malformed(exchange, "the body is not JSON");
      return;
    }
    Optional<String> problem = codes ? checkCodeOrder(body, id) : checkOrder(body, id);
    if (problem.isPresent()) {
      malformed(exchange, problem.get());
      return;
    }
    Order order;
    boolean repeated;
    synchronized (this) {
      materialize();
      String stored = (codes ? "codes/" : "") + caller.value() + "/" + id;
      Order before = orders.get(stored);
      repeated = before != null;
      if (repeated) {
        order = before;
      } else {
        order = codes ? placeCodes(caller, id, body) : place(caller, id, body);
        orders.put(stored, order);
      }
    }
    if (repeated && !order.body.equals(body)) {
      error(
          exchange,
          409,
          BelpicContract.IDEMPOTENCY_KEY_REUSED,
          "order " + id + " was placed before with another body");
      return;
    }
    int status = repeated && order.status == 201 ? 200 : order.status;
    SimulatorServer.send(exchange, status, BelpicContract.JSON, order.answer);
  }

  /** What the contract's schema says about an order; the first thing wrong, if any. */
  private static Optional<String> checkOrder(JsonNode body, UUID key) {
    Optional<String> shape = checkFields(body, ORDER_FIELDS);
    if (shape.isPresent()) {
      return shape;
    }
    if (!body.get("urgent").isBoolean()) {
      return Optional.of("urgent must be a boolean");
    }
    if (!DOCUMENT_TYPES.contains(body.get("documentType").asText())) {
      return Optional.of("documentType must be one of " + DOCUMENT_TYPES);
    }
    return checkCommon(body, key);
  }

  /** What the contract's schema says about a codes order; the first thing wrong, if any. */
  private static Optional<String> checkCodeOrder(JsonNode body, UUID key) {
    Optional<String> shape = checkFields(body, CODE_ORDER_FIELDS);
    return shape.isPresent() ? shape : checkCommon(body, key);
  }

  /** Exactly these fields, each a string but {@code urgent}. */
  private static Optional<String> checkFields(JsonNode body, Set<String> expected) {
    if (body == null || !body.isObject()) {
      return Optional.of("the body is not a JSON object");
    }
    Set<String> fields = new HashSet<>();
    body.fieldNames().forEachRemaining(fields::add);
    for (String field : fields) {
      if (!expected.contains(field)) {
        return Optional.of("unknown field " + field);
      }
    }
    for (String field : expected) {
      if (!fields.contains(field)) {
        return Optional.of("missing field " + field);
      }
    }
    for (String field : expected) {
      if (!field.equals("urgent") && !body.get(field).isTextual()) {
        return Optional.of(field + " must be a string");
      }
    }
    return Optional.empty();
  }

  /** The fields both kinds of order have. */
  private static Optional<String> checkCommon(JsonNode body, UUID key) {
    if (!key.equals(uuid(body.get("orderId").asText()))) {
      return Optional.of("orderId must be a UUID equal to the Idempotency-Key");
    }
    if (!ELEVEN_DIGITS.matcher(body.get("nationalNumber").asText()).matches()) {
      return Optional.of("nationalNumber must be 11 digits");
    }
    String name = body.get("name").asText();
    if (name.isBlank() || name.length() > 200) {
      return Optional.of("name must be 1 to 200 characters");
    }
    if (!NIS.matcher(body.get("municipality").asText()).matches()) {
      return Optional.of("municipality must be a five-digit NIS code");
    }
    if (!Code.isValid(body.get("deliveryPoint").asText())) {
      return Optional.of("deliveryPoint must be a location code");
    }
    return Optional.empty();
  }

  /**
   * A new codes order: refused (the person is unknown, has no active card, moves, or waits for a
   * new card), or accepted with a number and its letter's events scheduled.
   */
  private Order placeCodes(NisCode caller, UUID id, JsonNode body) {
    String number = body.get("nationalNumber").asText();
    Refusal refusal = firstRefusal(caller, body);
    if (refusal == null && withoutCard.contains(number)) {
      refusal =
          new Refusal(BelpicContract.NO_ACTIVE_CARD, "this person has no active card with a chip");
    }
    if (refusal == null && addressChanges.contains(number)) {
      refusal =
          new Refusal(
              BelpicContract.ADDRESS_CHANGE_PENDING,
              "an address change of this person is pending: the codes follow the new card");
    }
    if (refusal == null && cardPendingFor(caller, number)) {
      refusal =
          new Refusal(
              BelpicContract.CARD_ORDER_PENDING,
              "a new card for this person is on its way: it comes with its own codes");
    }
    if (refusal != null) {
      Order refused = refused(caller, id, body, refusal);
      refused.codes = true;
      return refused;
    }
    String productionNumber =
        String.format(Locale.ROOT, "PC%d-%06d", now.atZone(CityTime.ZONE).getYear(), ++codeNumbers);
    Instant dispatched = WorkingDays.plus(now, WORKING_DAYS_TO_CODES_DISPATCH);
    Instant delivered = WorkingDays.plus(dispatched, 1);
    Order order = accepted(caller, id, body, productionNumber, delivered);
    order.codes = true;
    pending.add(new Scheduled(++scheduled, now, order, State.ACCEPTED, null));
    pending.add(new Scheduled(++scheduled, dispatched, order, State.DISPATCHED, null));
    pending.add(new Scheduled(++scheduled, delivered, order, State.DELIVERED, null));
    materialize();
    return order;
  }

  /** Whether a card with a chip is being made for the person, or waits to be handed over. */
  private boolean cardPendingFor(NisCode caller, String nationalNumber) {
    return orders.values().stream()
        .anyMatch(
            o ->
                !o.codes
                    && o.productionNumber != null
                    && o.municipality.equals(caller)
                    && CHIP_CARDS.contains(o.body.get("documentType").asText())
                    && nationalNumber.equals(o.body.get("nationalNumber").asText())
                    && o.state != State.REFUSED
                    && !o.activated
                    && !o.returned);
  }

  /**
   * The refusal every new order may get: one asked for, another municipality, an unknown person.
   */
  private Refusal firstRefusal(NisCode caller, JsonNode body) {
    String number = body.get("nationalNumber").asText();
    Refusal refusal = refusals.poll();
    if (refusal == null && !caller.value().equals(body.get("municipality").asText())) {
      refusal =
          new Refusal(
              BelpicContract.INVALID_REQUEST,
              "the order is for municipality "
                  + body.get("municipality").asText()
                  + ", not the caller's "
                  + caller);
    }
    if (refusal == null
        && (!MagdaSimulator.isPossibleNationalNumber(number) || unknownNumbers.contains(number))) {
      refusal =
          new Refusal(
              BelpicContract.UNKNOWN_NATIONAL_NUMBER,
              "the National Register does not know this national number");
    }
    return refusal;
  }

  private Order refused(NisCode caller, UUID id, JsonNode body, Refusal refusal) {
    ObjectNode error = json.createObjectNode();
    error.put("code", refusal.code());
    error.put("reason", refusal.reason());
    return new Order(caller, id, body, 422, write(error), null);
  }

  /** An accepted order under its number, expected at the delivery point at {@code delivered}. */
  private Order accepted(
      NisCode caller, UUID id, JsonNode body, String productionNumber, Instant delivered) {
    LocalDate expected = delivered.atZone(CityTime.ZONE).toLocalDate();
    ObjectNode receipt = json.createObjectNode();
    receipt.put("productionNumber", productionNumber);
    receipt.put("state", State.ACCEPTED.name());
    receipt.put("expectedDelivery", expected.toString());
    Order order = new Order(caller, id, body, 201, write(receipt), productionNumber);
    byProductionNumber.put(productionNumber, order);
    made.merge(id, 1, Integer::sum);
    return order;
  }

  /** A new order: refused, or accepted with a number and its events scheduled. */
  private Order place(NisCode caller, UUID id, JsonNode body) {
    Refusal refusal = firstRefusal(caller, body);
    if (refusal != null) {
      return refused(caller, id, body, refusal);
    }
    String productionNumber =
        String.format(
            Locale.ROOT, "BE%d-%06d", now.atZone(CityTime.ZONE).getYear(), ++productionNumbers);
    boolean urgent = body.get("urgent").asBoolean();
    Instant inProduction =
        urgent
            ? now.plus(URGENT_TIME_TO_PRODUCTION)
            : WorkingDays.plus(now, WORKING_DAYS_TO_PRODUCTION);
    Instant dispatched =
        WorkingDays.plus(now, urgent ? URGENT_WORKING_DAYS_TO_DISPATCH : WORKING_DAYS_TO_DISPATCH);
    Instant delivered = WorkingDays.plus(dispatched, 1);
    Order order = accepted(caller, id, body, productionNumber, delivered);
    pending.add(new Scheduled(++scheduled, now, order, State.ACCEPTED, null));
    pending.add(new Scheduled(++scheduled, inProduction, order, State.IN_PRODUCTION, null));
    pending.add(new Scheduled(++scheduled, dispatched, order, State.DISPATCHED, null));
    pending.add(new Scheduled(++scheduled, delivered, order, State.DELIVERED, null));
    materialize();
    return order;
  }

  private void events(HttpExchange exchange, NisCode caller) throws IOException {
    Optional<PartnerJson.FeedPage> asked =
        api.feedPage(exchange, BelpicContract.DEFAULT_LIMIT, BelpicContract.MAX_LIMIT);
    if (asked.isEmpty()) {
      return;
    }
    long from = asked.get().after();
    int limit = asked.get().limit();
    ObjectNode page = json.createObjectNode();
    ArrayNode events = page.putArray("events");
    long next = from;
    synchronized (this) {
      materialize();
      for (Event event : feed) {
        if (events.size() == limit) {
          break;
        }
        if (event.sequence() > from && event.of().municipality.equals(caller)) {
          ObjectNode written = events.addObject();
          written.put("sequence", event.sequence());
          written.put("orderId", event.of().id.toString());
          written.put("productionNumber", event.of().productionNumber);
          written.put("state", event.state().name());
          written.put(
              "subject",
              (event.of().codes ? BelpicContract.Subject.CODES : BelpicContract.Subject.DOCUMENT)
                  .name());
          written.put(
              "at",
              DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                  event.at().truncatedTo(ChronoUnit.SECONDS).atZone(CityTime.ZONE)));
          if (event.reason() != null) {
            written.put("reason", event.reason());
          }
          next = event.sequence();
        }
      }
    }
    page.put("next", next);
    SimulatorServer.send(exchange, 200, BelpicContract.JSON, write(page));
  }

  private void activate(HttpExchange exchange, NisCode caller, String productionNumber)
      throws IOException {
    State state;
    synchronized (this) {
      materialize();
      Order order = byProductionNumber.get(productionNumber);
      if (order == null || order.codes || !order.municipality.equals(caller)) {
        state = null;
      } else {
        state = order.state;
        if (state == State.DELIVERED) {
          order.activated = true;
        }
      }
    }
    if (state == null) {
      error(
          exchange,
          404,
          BelpicContract.UNKNOWN_PRODUCTION_NUMBER,
          "no order of municipality " + caller + " has production number " + productionNumber);
    } else if (state != State.DELIVERED) {
      error(
          exchange,
          409,
          BelpicContract.NOT_DELIVERED,
          "the document is " + state + ", not delivered: it cannot be activated");
    } else {
      SimulatorServer.send(exchange, 204, BelpicContract.JSON, new byte[0]);
    }
  }

  private void sendBack(HttpExchange exchange, NisCode caller, String productionNumber)
      throws IOException {
    State state;
    boolean active;
    synchronized (this) {
      materialize();
      Order order = byProductionNumber.get(productionNumber);
      if (order == null || order.codes || !order.municipality.equals(caller)) {
        state = null;
        active = false;
      } else {
        state = order.state;
        active = order.activated;
        if (state == State.DELIVERED && !active) {
          order.returned = true;
        }
      }
    }
    if (state == null) {
      error(
          exchange,
          404,
          BelpicContract.UNKNOWN_PRODUCTION_NUMBER,
          "no order of municipality " + caller + " has production number " + productionNumber);
    } else if (state != State.DELIVERED) {
      error(
          exchange,
          409,
          BelpicContract.NOT_DELIVERED,
          "the document is " + state + ", not delivered: it cannot be sent back");
    } else if (active) {
      error(
          exchange,
          409,
          BelpicContract.ALREADY_ACTIVATED,
          "the card was activated: it was handed over, not sent back");
    } else {
      SimulatorServer.send(exchange, 204, BelpicContract.JSON, new byte[0]);
    }
  }

  /** Moves every scheduled event whose time has come into the feed, oldest first. */
  private void materialize() {
    pending.sort(Comparator.comparing(Scheduled::at).thenComparingLong(Scheduled::order));
    for (Iterator<Scheduled> it = pending.iterator(); it.hasNext(); ) {
      Scheduled next = it.next();
      if (next.at().isAfter(now)) {
        break;
      }
      it.remove();
      next.of().state = next.state();
      feed.add(new Event(++sequence, next.of(), next.state(), next.at(), next.reason()));
    }
  }

  private static UUID uuid(String text) {
    if (text == null) {
      return null;
    }
    try {
      UUID id = UUID.fromString(text);
      // UUID.fromString accepts short forms such as 1-2-3-4-5; the contract means the canonical
      // one.
      return id.toString().equalsIgnoreCase(text) ? id : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void malformed(HttpExchange exchange, String reason) throws IOException {
    api.malformed(exchange, reason);
  }

  private void error(HttpExchange exchange, int status, String code, String reason)
      throws IOException {
    api.error(exchange, status, code, reason);
  }

  private byte[] write(JsonNode node) {
    return api.write(node);
  }
}
