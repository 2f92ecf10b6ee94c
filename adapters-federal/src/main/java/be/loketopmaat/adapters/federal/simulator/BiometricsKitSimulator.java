package be.loketopmaat.adapters.federal.simulator;

import be.loketopmaat.adapters.federal.kits.KitContract;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.population.NisCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mobile biometrics kits' sync service over real HTTP, as {@code
 * contracts/biometrics-kits/biometrics-kits.openapi.yaml} writes it, with the kits themselves: each
 * kit is online or offline, and syncs with the service whenever it comes online (at once while it
 * stays online). A kit shows the team the visits it had at its last sync; what the team does with
 * it at the door ({@link #capture}, {@link #handOver}, {@link #notDone}) is kept on the kit until
 * it syncs, and then enters the feed, with the time it was done.
 *
 * <p>Time is simulated: the clock stands still until a test or a demo moves it ({@link #advance}).
 * Everything beyond the contract is a Java API only, never reachable over the network: partners and
 * kits ({@link #addPartner}, {@link #addKit}), going offline and online, the team's work at the
 * door, the failures of {@link #faults()} and the counters tests check.
 */
public final class BiometricsKitSimulator extends PartnerSimulator {
  private static final Pattern VISIT =
      Pattern.compile(
          KitContract.KITS_PATH
              + "/("
              + KitContract.KIT_ID.pattern()
              + ")"
              + KitContract.VISITS_SEGMENT
              + "([0-9a-fA-F-]{36})");
  private static final Pattern NATIONAL_NUMBER = Pattern.compile("[0-9]{11}");
  private static final Pattern START = Pattern.compile("[0-2][0-9]:[0-5][0-9]");
  private static final Set<String> DOCUMENT_TYPES =
      Set.of("EID", "KIDS_ID", "PASSPORT", "FOREIGNER_CARD");
  private static final Set<String> FIELDS =
      Set.of(
          "day", "start", "purpose", "documentType", "nationalNumber", "name", "productionNumber");

  /** A visit as the municipality loaded it. */
  public record Visit(
      UUID id,
      LocalDate day,
      LocalTime start,
      KitContract.Purpose purpose,
      String documentType,
      String nationalNumber,
      String name,
      String productionNumber) {}

  private record Report(
      UUID visitId,
      KitContract.Outcome outcome,
      Instant at,
      String operator,
      boolean fingerprints,
      String reason) {}

  private record Entry(long sequence, String kit, Report report) {}

  private static final class Kit {
    final String id;
    final NisCode municipality;
    final Map<UUID, Visit> loaded = new LinkedHashMap<>();
    Map<UUID, Visit> shown = new LinkedHashMap<>();
    final List<Report> unsynced = new ArrayList<>();
    final Map<UUID, KitContract.Outcome> reported = new HashMap<>();
    boolean online = true;

    Kit(String id, NisCode municipality) {
      this.id = id;
      this.municipality = municipality;
    }
  }

  private final Map<String, Kit> kits = new HashMap<>();
  private final List<Entry> feed = new ArrayList<>();
  private Instant now;
  private long sequence;
  private String autopilot;

  private BiometricsKitSimulator(int port, Instant startAt) {
    super("biometrics-kits", port);
    this.now = Objects.requireNonNull(startAt, "startAt");
  }

  /** Starts the service on the loopback interface, its clock at {@code startAt}; port 0: any. */
  public static BiometricsKitSimulator start(int port, Instant startAt) {
    return new BiometricsKitSimulator(port, startAt);
  }

  /** Gives {@code municipality} a kit, online. */
  public synchronized void addKit(NisCode municipality, String kitId) {
    if (kitId == null || !KitContract.KIT_ID.matcher(kitId).matches()) {
      throw new IllegalArgumentException("not a kit id of the contract's shape: " + kitId);
    }
    kits.put(kitId, new Kit(kitId, Objects.requireNonNull(municipality, "municipality")));
  }

  public synchronized Instant now() {
    return now;
  }

  public synchronized void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the clock does not go back");
    }
    now = now.plus(duration);
    if (autopilot != null) {
      for (Kit kit : kits.values()) {
        for (Visit visit : List.copyOf(kit.shown.values())) {
          boolean due =
              !visit.day().atTime(visit.start()).atZone(CityTime.ZONE).toInstant().isAfter(now);
          if (due && !kit.reported.containsKey(visit.id())) {
            if (visit.purpose() == KitContract.Purpose.APPLICATION) {
              capture(kit.id, visit.id(), autopilot);
            } else {
              handOver(kit.id, visit.id(), autopilot, true);
            }
          }
        }
      }
    }
  }

  /**
   * From now on the teams do every visit their kits show once the clock passes its start: they
   * capture each application and hand over each document (the fingerprints match), as {@code
   * operator}. For a demo, where nobody stands at the door.
   */
  public synchronized void autopilot(String operator) {
    this.autopilot = operator(operator);
  }

  /** The kit leaves the network: it keeps what it has, and syncs nothing until {@link #online}. */
  public synchronized void offline(String kitId) {
    kit(kitId).online = false;
  }

  /** The kit is back online and syncs: its reports enter the feed, it takes its visits. */
  public synchronized void online(String kitId) {
    Kit kit = kit(kitId);
    kit.online = true;
    sync(kit);
  }

  public synchronized boolean isOnline(String kitId) {
    return kit(kitId).online;
  }

  /** The visits the kit shows its team (as of its last sync), by start. */
  public synchronized List<Visit> visitsOn(String kitId) {
    return kit(kitId).shown.values().stream()
        .sorted(java.util.Comparator.comparing(Visit::day).thenComparing(Visit::start))
        .toList();
  }

  /**
   * At the door of an application visit: photo, signature and (but for a Kids-ID) fingerprints are
   * taken.
   */
  public synchronized void capture(String kitId, UUID visitId, String operator) {
    Visit visit = shownVisit(kitId, visitId, KitContract.Purpose.APPLICATION);
    report(
        kit(kitId),
        new Report(
            visit.id(),
            KitContract.Outcome.CAPTURED,
            now,
            operator(operator),
            !"KIDS_ID".equals(visit.documentType()),
            null));
  }

  /**
   * At the door of a delivery visit: the holder's fingerprints are checked against the card; when
   * they match it is handed over, else the visit is not done.
   */
  public synchronized void handOver(
      String kitId, UUID visitId, String operator, boolean fingerprintsMatch) {
    Visit visit = shownVisit(kitId, visitId, KitContract.Purpose.DELIVERY);
    report(
        kit(kitId),
        fingerprintsMatch
            ? new Report(
                visit.id(), KitContract.Outcome.HANDED_OVER, now, operator(operator), true, null)
            : new Report(
                visit.id(),
                KitContract.Outcome.NOT_DONE,
                now,
                operator(operator),
                true,
                "the fingerprints did not match the card's holder"));
  }

  /** The visit could not be done (nobody home, the citizen refused), for {@code reason}. */
  public synchronized void notDone(String kitId, UUID visitId, String operator, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a visit not done says why");
    }
    Visit visit = shownVisit(kitId, visitId, null);
    report(
        kit(kitId),
        new Report(
            visit.id(), KitContract.Outcome.NOT_DONE, now, operator(operator), false, reason));
  }

  /** How many reports are in the feed. */
  public synchronized int reportsInFeed() {
    return feed.size();
  }

  private static String operator(String operator) {
    if (operator == null || operator.isBlank() || operator.length() > 200) {
      throw new IllegalArgumentException("an operator is named in 1 to 200 characters");
    }
    return operator;
  }

  private Kit kit(String kitId) {
    Kit kit = kits.get(kitId);
    if (kit == null) {
      throw new IllegalArgumentException("no kit " + kitId);
    }
    return kit;
  }

  private Visit shownVisit(String kitId, UUID visitId, KitContract.Purpose purpose) {
    Kit kit = kit(kitId);
    Visit visit = kit.shown.get(visitId);
    if (visit == null) {
      throw new IllegalStateException("kit " + kitId + " does not show visit " + visitId);
    }
    if (kit.reported.containsKey(visitId)) {
      throw new IllegalStateException("kit " + kitId + " reported on visit " + visitId);
    }
    if (purpose != null && visit.purpose() != purpose) {
      throw new IllegalStateException("visit " + visitId + " is for " + visit.purpose());
    }
    return visit;
  }

  private void report(Kit kit, Report report) {
    kit.reported.put(report.visitId(), report.outcome());
    kit.unsynced.add(report);
    if (kit.online) {
      sync(kit);
    }
  }

  private void sync(Kit kit) {
    for (Report report : kit.unsynced) {
      feed.add(new Entry(++sequence, kit.id, report));
    }
    kit.unsynced.clear();
    kit.shown = new LinkedHashMap<>(kit.loaded);
  }

  /** Whether the service knows the kit reported on the visit (it synced the report). */
  private static boolean serviceKnowsReport(Kit kit, UUID visitId) {
    return kit.reported.containsKey(visitId)
        && kit.unsynced.stream().noneMatch(r -> r.visitId().equals(visitId));
  }

  @Override
  void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Matcher visit = VISIT.matcher(path);
    boolean reports = path.equals(KitContract.REPORTS_PATH);
    if (!reports && !visit.matches()) {
      api.notFound(exchange, path);
      return;
    }
    String method = exchange.getRequestMethod();
    boolean allowed =
        reports ? "GET".equals(method) : "PUT".equals(method) || "DELETE".equals(method);
    if (!allowed) {
      exchange.getResponseHeaders().set("Allow", reports ? "GET" : "PUT, DELETE");
      api.error(exchange, 405, "METHOD_NOT_ALLOWED", path + " does not take " + method);
      return;
    }
    Optional<NisCode> caller = api.authenticate(exchange);
    if (caller.isEmpty()) {
      return;
    }
    if (reports) {
      reports(exchange, caller.get());
      return;
    }
    UUID visitId;
    try {
      visitId = UUID.fromString(visit.group(2));
    } catch (IllegalArgumentException e) {
      api.malformed(exchange, "the visit id is not a UUID");
      return;
    }
    String kitId = visit.group(1);
    if ("PUT".equals(method)) {
      load(exchange, caller.get(), kitId, visitId);
    } else {
      unload(exchange, caller.get(), kitId, visitId);
    }
  }

  private void load(HttpExchange exchange, NisCode caller, String kitId, UUID visitId)
      throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(KitContract.JSON)) {
      api.malformed(exchange, "a visit is put as application/json");
      return;
    }
    JsonNode body;
    try {
      body = api.json().readTree(SimulatorServer.readBody(exchange));
    } catch (IOException e) {
      api.malformed(exchange, "the body is not JSON");
      return;
    }
    Optional<Visit> read = visit(visitId, body);
    if (read.isEmpty()) {
      api.malformed(exchange, "the body is not a Visit of the contract");
      return;
    }
    synchronized (this) {
      Kit kit = kits.get(kitId);
      if (kit == null || !kit.municipality.equals(caller)) {
        unknownKit(exchange, kitId);
        return;
      }
      Visit before = kit.loaded.get(visitId);
      if (serviceKnowsReport(kit, visitId) && !read.get().equals(before)) {
        reported(exchange, visitId);
        return;
      }
      kit.loaded.put(visitId, read.get());
      if (kit.online) {
        sync(kit);
      }
    }
    SimulatorServer.send(exchange, 204, KitContract.JSON, new byte[0]);
  }

  private void unload(HttpExchange exchange, NisCode caller, String kitId, UUID visitId)
      throws IOException {
    synchronized (this) {
      Kit kit = kits.get(kitId);
      if (kit == null || !kit.municipality.equals(caller)) {
        unknownKit(exchange, kitId);
        return;
      }
      if (serviceKnowsReport(kit, visitId)) {
        reported(exchange, visitId);
        return;
      }
      kit.loaded.remove(visitId);
      if (kit.online) {
        sync(kit);
      }
    }
    SimulatorServer.send(exchange, 204, KitContract.JSON, new byte[0]);
  }

  private void unknownKit(HttpExchange exchange, String kitId) throws IOException {
    api.error(exchange, 404, KitContract.UNKNOWN_KIT, "no kit of this municipality is " + kitId);
  }

  private void reported(HttpExchange exchange, UUID visitId) throws IOException {
    api.error(
        exchange,
        409,
        KitContract.VISIT_REPORTED,
        "the kit reported on visit " + visitId + " already; see the feed");
  }

  private static Optional<Visit> visit(UUID id, JsonNode body) {
    if (body == null || !body.isObject()) {
      return Optional.empty();
    }
    for (var names = body.fieldNames(); names.hasNext(); ) {
      if (!FIELDS.contains(names.next())) {
        return Optional.empty();
      }
    }
    String day = text(body, "day");
    String start = text(body, "start");
    String purpose = text(body, "purpose");
    String type = text(body, "documentType");
    String insz = text(body, "nationalNumber");
    String name = text(body, "name");
    JsonNode number = body.get("productionNumber");
    if (day == null
        || start == null
        || !START.matcher(start).matches()
        || purpose == null
        || type == null
        || !DOCUMENT_TYPES.contains(type)
        || insz == null
        || !NATIONAL_NUMBER.matcher(insz).matches()
        || name == null
        || name.isBlank()
        || name.length() > 200
        || (number != null
            && (!number.isTextual()
                || !KitContract.PRODUCTION_NUMBER.matcher(number.asText()).matches()))) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Visit(
              id,
              LocalDate.parse(day),
              LocalTime.parse(start),
              KitContract.Purpose.valueOf(purpose),
              type,
              insz,
              name,
              number == null ? null : number.asText()));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private void reports(HttpExchange exchange, NisCode caller) throws IOException {
    Optional<PartnerJson.FeedPage> asked =
        api.feedPage(exchange, KitContract.DEFAULT_LIMIT, KitContract.MAX_LIMIT);
    if (asked.isEmpty()) {
      return;
    }
    long from = asked.get().after();
    int limit = asked.get().limit();
    ObjectNode page = api.json().createObjectNode();
    ArrayNode written = page.putArray("reports");
    long next = from;
    synchronized (this) {
      for (Entry entry : feed) {
        if (written.size() == limit) {
          break;
        }
        if (entry.sequence() > from && kits.get(entry.kit()).municipality.equals(caller)) {
          write(written.addObject(), entry);
          next = entry.sequence();
        }
      }
    }
    page.put("next", next);
    api.send(exchange, 200, page);
  }

  private static void write(ObjectNode written, Entry entry) {
    Report report = entry.report();
    written.put("sequence", entry.sequence());
    written.put("kitId", entry.kit());
    written.put("visitId", report.visitId().toString());
    written.put("outcome", report.outcome().name());
    written.put(
        "at",
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            report.at().truncatedTo(ChronoUnit.SECONDS).atZone(CityTime.ZONE)));
    written.put("operator", report.operator());
    written.put("fingerprints", report.fingerprints());
    if (report.reason() != null) {
      written.put("reason", report.reason());
    }
  }
}
