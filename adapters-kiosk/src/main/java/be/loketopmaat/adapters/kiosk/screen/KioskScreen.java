package be.loketopmaat.adapters.kiosk.screen;

import be.loketopmaat.adapters.kiosk.attest.KioskLanguage;
import be.loketopmaat.adapters.kiosk.city.CityKioskClient;
import be.loketopmaat.adapters.kiosk.city.CityRefusedException;
import be.loketopmaat.adapters.kiosk.city.Json;
import be.loketopmaat.adapters.kiosk.hardware.CardReader;
import be.loketopmaat.adapters.kiosk.hardware.DocumentPrinter;
import be.loketopmaat.adapters.kiosk.session.KioskSession;
import be.loketopmaat.adapters.kiosk.session.KioskSession.Step;
import be.loketopmaat.adapters.kiosk.session.Notice;
import be.loketopmaat.adapters.kiosk.ticket.TicketDispenser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The kiosk's screen: a local web page and the small JSON API it talks to, served by the kiosk
 * program itself on 127.0.0.1 with the JDK's HTTP server. The page walks the citizen through the
 * {@link KioskSession}: insert the card, the PIN on an on-screen keypad (it goes from the page to
 * this process and to the card, nowhere else), a choice among the city's products for kiosks in the
 * citizen's language, print or request, take the card.
 *
 * <p>One thread does everything — the page's requests, the card reader's polling, the inactivity
 * timeout, the heartbeat — so the session, which is not thread-safe, is only ever touched by it.
 * Every answer is {@code Cache-Control: no-store}; what the screen holds of a citizen (the offers
 * in their language, their first name) is dropped when the session ends, and the language goes back
 * to the kiosk's.
 *
 * <p>API: {@code GET /api/state}; {@code POST /api/language {"language": "fr"}}, {@code /api/pin
 * {"pin": "1234"}}, {@code /api/choose {"product": code}}, {@code /api/request {"product": code,
 * "phone": digits}}, {@code /api/done}, and without a card {@code /api/ticket {"product": code}} (a
 * walk-in ticket on the receipt printer, where the kiosk's location has a queue). With a {@link
 * CardSlot} (simulated hardware), {@code GET /simulator} is a page with card buttons, over {@code
 * POST /simulator/insert {"persona": name}} and {@code /simulator/remove}. A POST must be {@code
 * application/json} (a foreign page cannot send that without a preflight, which this server never
 * grants) and the Host must be this loopback address.
 */
public final class KioskScreen implements AutoCloseable {
  private static final int MAX_BODY = 4096;
  private static final KioskLanguage KIOSK_LANGUAGE = KioskLanguage.NL;
  private static final Pattern DIGITS = Pattern.compile("[0-9]{6,15}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The simulated card slot: puts a persona's card in, takes it out. */
  public interface CardSlot {
    /** The personas the simulator page offers. */
    List<String> personas();

    void insert(String persona);

    void remove();
  }

  /** How the screen runs: its port (0 for any), where PIN/PUK codes are picked up, its slot. */
  public record Options(int port, String pickupAt, CardSlot slot) {}

  private final KioskSession session;
  private final CardReader reader;
  private final CityKioskClient city;
  private final DocumentPrinter printer;
  private final TicketDispenser tickets;
  private final Options options;
  private final HttpServer server;
  private final ScheduledExecutorService loop;
  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  private boolean cardIn;
  private Step shown = Step.INSERT_CARD;
  private KioskLanguage language = KIOSK_LANGUAGE;
  private boolean languageChosen;
  private List<Offer> offers = List.of();
  private List<Map<String, Object>> ticketOffers = List.of();
  private Notice ownNotice;
  private String ownDetail;

  private KioskScreen(
      KioskSession session,
      CardReader reader,
      CityKioskClient city,
      DocumentPrinter printer,
      TicketDispenser tickets,
      Options options)
      throws IOException {
    this.session = session;
    this.reader = reader;
    this.city = city;
    this.printer = printer;
    this.tickets = tickets;
    this.options = options;
    this.loop =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "kiosk-screen");
              thread.setDaemon(true);
              return thread;
            });
    this.server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
    server.setExecutor(loop);
    server.createContext("/", this::handle);
  }

  /** Starts the screen's server and its loop (card polling, timeout, heartbeat once a minute). */
  public static KioskScreen start(
      KioskSession session,
      CardReader reader,
      CityKioskClient city,
      DocumentPrinter printer,
      Options options) {
    return start(session, reader, city, printer, null, options);
  }

  /**
   * Starts the screen with "take a ticket" on the receipt printer behind {@code tickets} (null: no
   * tickets at this kiosk), offered while no card is in for the products the city says.
   */
  public static KioskScreen start(
      KioskSession session,
      CardReader reader,
      CityKioskClient city,
      DocumentPrinter printer,
      TicketDispenser tickets,
      Options options) {
    try {
      KioskScreen screen = new KioskScreen(session, reader, city, printer, tickets, options);
      screen.server.start();
      screen.tasks.add(
          screen.loop.scheduleWithFixedDelay(
              () -> screen.safely(screen::poll), 200, 200, TimeUnit.MILLISECONDS));
      screen.tasks.add(
          screen.loop.scheduleWithFixedDelay(
              () -> screen.safely(screen::heartbeat), 0, 60, TimeUnit.SECONDS));
      return screen;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's address, {@code http://127.0.0.1:<port>/}. */
  public URI uri() {
    return URI.create(
        "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/");
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    tasks.forEach(t -> t.cancel(false));
    server.stop(0);
    try {
      loop.submit(() -> session.cardRemoved()).get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      // the session could not be ended cleanly; the loop stops with it below
    }
    loop.shutdownNow();
  }

  private void safely(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      // a failed poll or heartbeat must not stop the loop: the next one tries again
      System.err.println("kiosk screen: " + e);
    }
  }

  /** Card in or out, the inactivity timeout. */
  private void poll() {
    boolean present = reader.isCardPresent();
    if (present && !cardIn) {
      cardIn = true;
      ownNotice = null;
      session.cardInserted();
    } else if (!present && cardIn) {
      cardIn = false;
      ownNotice = null;
      session.cardRemoved();
    }
    session.tick();
    follow();
  }

  private void heartbeat() {
    try {
      city.heartbeat(printer.state());
    } catch (CityRefusedException unreachable) {
      // the city counts a silent kiosk as offline by itself
    }
    if (session.step() == Step.INSERT_CARD) {
      loadTickets();
    }
  }

  /** The products the kiosk prints tickets for, in the screen's language: code and name. */
  private void loadTickets() {
    if (tickets == null) {
      return;
    }
    try {
      ticketOffers = tickets.products();
    } catch (CityRefusedException unreachable) {
      ticketOffers = List.of();
    }
  }

  /** Keeps the screen's own state in step with the session's. */
  private void follow() {
    Step now = session.step();
    if (now == shown) {
      return;
    }
    if (now == Step.ENTER_PIN && !languageChosen) {
      session.citizen().ifPresent(c -> setLanguage(CardLanguage.of(c.address())));
    }
    if (now == Step.INSERT_CARD) {
      languageChosen = false;
      setLanguage(KIOSK_LANGUAGE);
      loadTickets();
    }
    offers = List.of();
    if (now == Step.CHOOSE) {
      loadOffers();
    }
    shown = now;
  }

  private void setLanguage(KioskLanguage chosen) {
    language = chosen;
    city.language(chosen);
  }

  private void loadOffers() {
    try {
      List<Offer> loaded = new ArrayList<>();
      for (Map<String, Object> product : city.products()) {
        if (Offer.CIVIL_STATUS_EXTRACT.equals(product.get("code"))) {
          loaded.addAll(extractOffers(product));
        } else {
          loaded.add(Offer.of(product));
        }
      }
      offers = List.copyOf(loaded);
    } catch (CityRefusedException e) {
      offers = List.of();
      ownNotice = Notice.CITY_UNREACHABLE;
    }
  }

  /**
   * The civil-status extract as one offer per act of the citizen's, as DABS lists them through the
   * city; the product as not at this kiosk when there are none or DABS cannot say.
   */
  private List<Offer> extractOffers(Map<String, Object> product) {
    try {
      List<Offer> acts = city.civilStatusActs().stream().map(Offer::ofAct).toList();
      if (!acts.isEmpty()) {
        return acts;
      }
    } catch (CityRefusedException unavailable) {
      // the other offers stand; this one cannot be made now
    }
    return List.of(Offer.of(product));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (!ownHost(exchange)) {
        send(exchange, 421, "text/plain", "not this kiosk's address");
        return;
      }
      if ("POST".equals(method)) {
        if (!Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Content-Type"), "")
            .toLowerCase(Locale.ROOT)
            .startsWith("application/json")) {
          send(exchange, 415, "text/plain", "application/json only");
          return;
        }
        post(exchange, path);
      } else if ("GET".equals(method)) {
        get(exchange, path);
      } else {
        send(exchange, 405, "text/plain", "GET or POST");
      }
    } catch (RuntimeException e) {
      System.err.println("kiosk screen: " + e);
      send(exchange, 500, "application/json", "{\"error\": \"the kiosk failed\"}");
    }
  }

  private boolean ownHost(HttpExchange exchange) {
    String host = Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Host"), "");
    return host.equals("127.0.0.1:" + port()) || host.equals("localhost:" + port());
  }

  private void get(HttpExchange exchange, String path) throws IOException {
    switch (path) {
      case "/", "/index.html" -> resource(exchange, "screen.html", "text/html; charset=utf-8");
      case "/screen.js" -> resource(exchange, "screen.js", "text/javascript; charset=utf-8");
      case "/screen.css" -> resource(exchange, "screen.css", "text/css; charset=utf-8");
      case "/api/state" -> send(exchange, 200, "application/json", state());
      case "/simulator" -> {
        if (options.slot() == null) {
          send(exchange, 404, "text/plain", "no simulated hardware");
        } else {
          resource(exchange, "simulator.html", "text/html; charset=utf-8");
        }
      }
      case "/simulator.js" -> resource(exchange, "simulator.js", "text/javascript; charset=utf-8");
      case "/simulator/personas" ->
          send(
              exchange,
              200,
              "application/json",
              options.slot() == null
                  ? "[]"
                  : "["
                      + String.join(
                          ", ", options.slot().personas().stream().map(Json::quote).toList())
                      + "]");
      default -> send(exchange, 404, "text/plain", "not found");
    }
  }

  private void post(HttpExchange exchange, String path) throws IOException {
    byte[] body = body(exchange);
    if (body == null) {
      send(exchange, 413, "text/plain", "too large");
      return;
    }
    try {
      switch (path) {
        case "/api/pin" -> {
          char[] pin = Pin.from(body);
          ownNotice = null;
          session.enterPin(pin);
        }
        case "/api/language" -> language(body);
        case "/api/choose" -> choose(field(body, "product"));
        case "/api/request" -> request(field(body, "product"), field(body, "phone"));
        case "/api/done" -> session.finish(Notice.FINISHED);
        case "/api/ticket" -> ticket(field(body, "product"));
        case "/simulator/insert" -> simulate(true, field(body, "persona"));
        case "/simulator/remove" -> simulate(false, null);
        default -> {
          send(exchange, 404, "text/plain", "not found");
          return;
        }
      }
    } catch (IllegalArgumentException malformed) {
      send(exchange, 400, "application/json", "{\"error\": \"malformed request\"}");
      return;
    } finally {
      Arrays.fill(body, (byte) 0);
    }
    follow();
    send(exchange, 200, "application/json", state());
  }

  private void language(byte[] body) {
    String code = field(body, "language");
    KioskLanguage chosen;
    try {
      chosen = KioskLanguage.valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw new IllegalArgumentException("no such language");
    }
    languageChosen = true;
    setLanguage(chosen);
    if (session.step() == Step.CHOOSE) {
      loadOffers();
    }
    if (session.step() == Step.INSERT_CARD) {
      loadTickets();
    }
  }

  private void choose(String product) {
    Optional<Offer> offer = offer(product);
    ownNotice = null;
    if (offer.isEmpty() || offer.get().action() == Offer.Action.UNAVAILABLE) {
      ownNotice = Notice.NOT_AT_THIS_KIOSK;
      return;
    }
    if (offer.get().action() == Offer.Action.PRINT) {
      // printed or not, the session's notice says what became of it
      session.choose(offer.get().choice());
    }
    // a request needs the citizen's phone number first: the page asks it, then posts a request
  }

  private void request(String product, String phone) {
    ownNotice = null;
    if (session.step() != Step.CHOOSE
        || offer(product).map(o -> o.action() != Offer.Action.REQUEST).orElse(true)) {
      ownNotice = Notice.NOT_AT_THIS_KIOSK;
      return;
    }
    if (phone == null || !DIGITS.matcher(phone).matches()) {
      throw new IllegalArgumentException("a phone number is 6 to 15 digits");
    }
    try {
      city.requestPinCodes(null, phone, options.pickupAt());
      session.finish(Notice.CODES_REQUESTED);
    } catch (CityRefusedException refused) {
      ownNotice = refused.status() == 0 ? Notice.CITY_UNREACHABLE : Notice.CODES_REFUSED;
      ownDetail = refused.detail() == null ? "" : SPACES.matcher(refused.detail()).replaceAll(" ");
    }
  }

  /** "Take a ticket": only while no card is in, for a product the city offers tickets for. */
  private void ticket(String product) {
    ownNotice = null;
    if (tickets == null
        || session.step() != Step.INSERT_CARD
        || ticketOffers.stream().noneMatch(t -> Objects.equals(t.get("code"), product))) {
      ownNotice = Notice.NOT_AT_THIS_KIOSK;
      return;
    }
    TicketDispenser.Outcome outcome = tickets.take(product, language);
    if (outcome instanceof TicketDispenser.Printed printed) {
      ownNotice = Notice.TICKET_PRINTED;
      ownDetail = Integer.toString(printed.number());
    } else if (outcome instanceof TicketDispenser.NotPrinted notPrinted) {
      ownNotice = Notice.TICKET_NOT_PRINTED;
      ownDetail = Integer.toString(notPrinted.number());
    } else {
      CityRefusedException refused = ((TicketDispenser.Refused) outcome).refusal();
      ownNotice = refused.status() == 0 ? Notice.CITY_UNREACHABLE : Notice.TICKET_REFUSED;
      ownDetail = refused.detail() == null ? "" : SPACES.matcher(refused.detail()).replaceAll(" ");
    }
  }

  private void simulate(boolean insert, String persona) {
    if (options.slot() == null) {
      throw new IllegalArgumentException("no simulated hardware");
    }
    if (insert) {
      options.slot().insert(persona == null ? "" : persona);
    } else {
      options.slot().remove();
    }
    poll();
  }

  private Optional<Offer> offer(String product) {
    return offers.stream().filter(o -> o.code().equals(product)).findFirst();
  }

  /** What the page shows now. Nothing of a citizen outside their session. */
  private String state() {
    Step step = session.step();
    StringBuilder json =
        new StringBuilder("{\"step\": ")
            .append(Json.quote(step.name()))
            .append(", \"language\": ")
            .append(Json.quote(language.name().toLowerCase(Locale.ROOT)))
            .append(", \"notice\": ")
            .append(Json.quote(noticeText()))
            .append(", \"greeting\": ");
    json.append(
        step == Step.CHOOSE
            ? Json.quote(
                session
                    .citizen()
                    .map(
                        c -> SPACES.splitAsStream(c.identity().firstNames()).findFirst().orElse(""))
                    .orElse(null))
            : "null");
    json.append(", \"products\": [");
    if (step == Step.CHOOSE) {
      for (int i = 0; i < offers.size(); i++) {
        Offer offer = offers.get(i);
        json.append(i == 0 ? "" : ", ")
            .append("{\"code\": ")
            .append(Json.quote(offer.code()))
            .append(", \"name\": ")
            .append(Json.quote(offer.name()))
            .append(", \"action\": ")
            .append(Json.quote(offer.action().name().toLowerCase(Locale.ROOT)))
            .append('}');
      }
    }
    json.append("], \"tickets\": [");
    if (step == Step.INSERT_CARD) {
      for (int i = 0; i < ticketOffers.size(); i++) {
        Map<String, Object> offer = ticketOffers.get(i);
        json.append(i == 0 ? "" : ", ")
            .append("{\"code\": ")
            .append(Json.quote(String.valueOf(offer.get("code"))))
            .append(", \"name\": ")
            .append(Json.quote(String.valueOf(offer.get("name"))))
            .append('}');
      }
    }
    return json.append("]}").toString();
  }

  private String noticeText() {
    if (ownNotice != null) {
      return ownNotice.text(language, ownDetail);
    }
    return session.notice().map(n -> n.text(language, session.triesLeft())).orElse(null);
  }

  /** A string member of a small JSON object; null when absent. */
  private static String field(byte[] body, String name) {
    Object value = Json.object(new String(body, StandardCharsets.UTF_8)).get(name);
    if (value != null && !(value instanceof String)) {
      throw new IllegalArgumentException(name + " is not a string");
    }
    return (String) value;
  }

  private static byte[] body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      return body.length > MAX_BODY ? null : body;
    }
  }

  private void resource(HttpExchange exchange, String name, String type) throws IOException {
    try (InputStream in = KioskScreen.class.getResourceAsStream("/kiosk-screen/" + name)) {
      if (in == null) {
        send(exchange, 404, "text/plain", "not found");
        return;
      }
      send(exchange, 200, type, in.readAllBytes());
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("Cache-Control", "no-store");
    headers.set("Pragma", "no-cache");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set(
        "Content-Security-Policy",
        "default-src 'self'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  /** Reads the PIN out of the page's body into a char array the session zeroes. */
  static final class Pin {
    private static final byte[] KEY = "\"pin\"".getBytes(StandardCharsets.US_ASCII);

    private Pin() {}

    /**
     * The digits of {@code {"pin": "..."}} without making a String of them; an empty array (which
     * the card's adapter refuses as not a PIN, using no try) for anything else.
     */
    static char[] from(byte[] body) {
      int at = indexOf(body, KEY);
      if (at < 0) {
        return new char[0];
      }
      at += KEY.length;
      while (at < body.length && (body[at] == ' ' || body[at] == ':')) {
        at++;
      }
      if (at >= body.length || body[at] != '"') {
        return new char[0];
      }
      int start = ++at;
      while (at < body.length && body[at] >= '0' && body[at] <= '9') {
        at++;
      }
      if (at >= body.length || body[at] != '"') {
        return new char[0];
      }
      char[] pin = new char[at - start];
      for (int i = 0; i < pin.length; i++) {
        pin[i] = (char) body[start + i];
      }
      return pin;
    }

    private static int indexOf(byte[] body, byte[] key) {
      outer:
      for (int i = 0; i + key.length <= body.length; i++) {
        for (int j = 0; j < key.length; j++) {
          if (body[i + j] != key[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }
}
