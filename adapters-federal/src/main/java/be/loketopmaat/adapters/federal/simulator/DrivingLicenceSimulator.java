package be.loketopmaat.adapters.federal.simulator;

import be.loketopmaat.adapters.federal.beldrive.BelDriveContract;
import be.loketopmaat.adapters.federal.beldrive.BelDriveContract.State;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.Contact;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.NisCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BelDrive, the driving-licence register, over real HTTP, as {@code
 * contracts/beldrive/driving-licences.openapi.yaml} writes it: partner API keys per municipality, a
 * feed of the applications of each municipality's residents, and the hand-over reported back.
 *
 * <p>Citizens apply at BelDrive, not over this API: a test or a demo makes an application with
 * {@link #apply}. Time is simulated: the simulator's clock stands still until a test or a demo
 * moves it ({@link #advance(Duration)}, {@link #advanceWorkingDays(int)}). An application is
 * SUBMITTED at once, ACCEPTED an hour later (the same day, at the latest at its last second),
 * IN_PRODUCTION one working day after it was submitted, and READY_FOR_PICKUP five working days
 * after that. It becomes DELIVERED only when the municipality reports the hand-over, and is REFUSED
 * or CANCELLED when a test says so ({@link #refuse}, {@link #cancel}). Working days are Monday to
 * Friday in Brussels (public holidays are not simulated). An event enters the feed, with the next
 * sequence, once the clock has passed its time, so a cursor never skips one; a reported hand-over
 * enters it at once, at the time reported.
 *
 * <p>Everything beyond the contract is a Java API only, never reachable over the network: partners
 * ({@link #addPartner}), applications and their fate, the failures of {@link #faults()}, and the
 * counters tests check ({@link #deliveriesReported}, {@link #requestsSeen()}).
 */
public final class DrivingLicenceSimulator extends PartnerSimulator {
  private static final Pattern DELIVERY =
      Pattern.compile(
          BelDriveContract.APPLICATIONS_PATH
              + "/("
              + BelDriveContract.APPLICATION_ID.pattern()
              + ")"
              + BelDriveContract.DELIVERY_SUFFIX);

  /** How long an application takes (see the class comment). */
  public static final Duration TIME_TO_ACCEPTANCE = Duration.ofHours(1);

  public static final int WORKING_DAYS_TO_PRODUCTION = 1;
  public static final int WORKING_DAYS_IN_PRODUCTION = 5;

  /** An application as the register keeps it. */
  private static final class Application {
    final String id;
    final NisCode municipality;
    final NationalNumber holder;
    final String name;
    final String category;
    final LocationCode deliveryPoint;
    final Contact contact;
    State state;

    Application(
        String id,
        NisCode municipality,
        NationalNumber holder,
        String name,
        String category,
        LocationCode deliveryPoint,
        Contact contact) {
      this.id = id;
      this.municipality = municipality;
      this.holder = holder;
      this.name = name;
      this.category = category;
      this.deliveryPoint = deliveryPoint;
      this.contact = contact;
    }
  }

  private record Scheduled(long order, Instant at, Application of, State state, String reason) {}

  private record Event(long sequence, Application of, State state, Instant at, String reason) {}

  private final Map<String, Application> applications = new HashMap<>();
  private final List<Scheduled> pending = new ArrayList<>();
  private final List<Event> feed = new ArrayList<>();
  private final Map<String, Integer> reports = new HashMap<>();
  private Instant now;
  private long scheduled;
  private long sequence;
  private int numbers;

  private DrivingLicenceSimulator(int port, Instant startAt) {
    super("beldrive", port);
    this.now = Objects.requireNonNull(startAt, "startAt");
  }

  /**
   * Starts a simulator on the loopback interface, its clock at {@code startAt}; port 0 takes any
   * free port. It knows no partner until {@link #addPartner} is called, and no application until
   * {@link #apply} is.
   */
  public static DrivingLicenceSimulator start(int port, Instant startAt) {
    return new DrivingLicenceSimulator(port, startAt);
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

  /**
   * A resident of {@code municipality} applies for a licence of {@code category} (one of {@link
   * BelDriveContract#CATEGORIES}), to be picked up at {@code deliveryPoint}: SUBMITTED now, and the
   * road to READY_FOR_PICKUP scheduled.
   *
   * @return the application's id, e.g. {@code BD2026-000001}
   */
  public synchronized String apply(
      NisCode municipality,
      NationalNumber holder,
      String name,
      String category,
      LocationCode deliveryPoint) {
    return apply(municipality, holder, name, category, deliveryPoint, Contact.NONE);
  }

  /**
   * As {@link #apply(NisCode, NationalNumber, String, String, LocationCode)}, the applicant giving
   * the holder's e-mail address, phone number and language ({@code null} parts are not given),
   * which every event of the application then carries as given.
   */
  public synchronized String apply(
      NisCode municipality,
      NationalNumber holder,
      String name,
      String category,
      LocationCode deliveryPoint,
      Contact contact) {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(deliveryPoint, "deliveryPoint");
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("a holder's name is 1 to 200 characters");
    }
    if (!BelDriveContract.CATEGORIES.contains(category)) {
      throw new IllegalArgumentException(
          "a category is one of " + BelDriveContract.CATEGORIES + ", not " + category);
    }
    String id =
        String.format(Locale.ROOT, "BD%d-%06d", now.atZone(CityTime.ZONE).getYear(), ++numbers);
    Application application =
        new Application(id, municipality, holder, name, category, deliveryPoint, contact);
    applications.put(id, application);
    ZonedDateTime submitted = now.atZone(CityTime.ZONE);
    Instant lastOfTheDay =
        submitted.toLocalDate().plusDays(1).atStartOfDay(CityTime.ZONE).minusSeconds(1).toInstant();
    Instant accepted = now.plus(TIME_TO_ACCEPTANCE);
    if (accepted.isAfter(lastOfTheDay)) {
      accepted = lastOfTheDay.isBefore(now) ? now : lastOfTheDay;
    }
    Instant inProduction = WorkingDays.plus(now, WORKING_DAYS_TO_PRODUCTION);
    Instant ready = WorkingDays.plus(inProduction, WORKING_DAYS_IN_PRODUCTION);
    schedule(now, application, State.SUBMITTED, null);
    schedule(accepted, application, State.ACCEPTED, null);
    schedule(inProduction, application, State.IN_PRODUCTION, null);
    schedule(ready, application, State.READY_FOR_PICKUP, null);
    materialize();
    return id;
  }

  /**
   * BelDrive refuses the application before its card is made (a medical certificate found lacking,
   * a suspended right to drive): a REFUSED event now, and no further ones.
   */
  public synchronized void refuse(String applicationId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a refusal says why");
    }
    Application application = known(applicationId);
    if (application.state != State.SUBMITTED
        && application.state != State.ACCEPTED
        && application.state != State.IN_PRODUCTION) {
      throw new IllegalStateException(
          "application " + applicationId + " is already " + application.state);
    }
    endNow(application, State.REFUSED, reason);
  }

  /**
   * The application is withdrawn (or its unclaimed card taken back): a CANCELLED event now, and no
   * further ones. Not after the card was delivered, refused or cancelled.
   */
  public synchronized void cancel(String applicationId) {
    Application application = known(applicationId);
    if (application.state.isFinal()) {
      throw new IllegalStateException(
          "application " + applicationId + " is already " + application.state);
    }
    endNow(application, State.CANCELLED, null);
  }

  /** Where the application stands now. */
  public synchronized State state(String applicationId) {
    return known(applicationId).state;
  }

  /**
   * How many reports of this application's hand-over reached the register with a known key,
   * repeated, refused and malformed ones included.
   */
  public synchronized int deliveriesReported(String applicationId) {
    return reports.getOrDefault(applicationId, 0);
  }

  private Application known(String applicationId) {
    materialize();
    Application application = applications.get(applicationId);
    if (application == null) {
      throw new IllegalArgumentException("no application " + applicationId);
    }
    return application;
  }

  private void endNow(Application application, State state, String reason) {
    pending.removeIf(s -> s.of() == application);
    schedule(now, application, state, reason);
    materialize();
  }

  private void schedule(Instant at, Application application, State state, String reason) {
    pending.add(new Scheduled(++scheduled, at, application, state, reason));
  }

  @Override
  void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Matcher delivery = DELIVERY.matcher(path);
    String allowed;
    if (path.equals(BelDriveContract.EVENTS_PATH)) {
      allowed = "GET";
    } else if (delivery.matches()) {
      allowed = "POST";
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
    if (delivery.matches()) {
      delivery(exchange, caller.get(), delivery.group(1));
    } else {
      events(exchange, caller.get());
    }
  }

  private void events(HttpExchange exchange, NisCode caller) throws IOException {
    Optional<PartnerJson.FeedPage> asked =
        api.feedPage(exchange, BelDriveContract.DEFAULT_LIMIT, BelDriveContract.MAX_LIMIT);
    if (asked.isEmpty()) {
      return;
    }
    long from = asked.get().after();
    int limit = asked.get().limit();
    ObjectNode page = api.json().createObjectNode();
    ArrayNode events = page.putArray("events");
    long next = from;
    synchronized (this) {
      materialize();
      for (Event event : feed) {
        if (events.size() == limit) {
          break;
        }
        if (event.sequence() > from && event.of().municipality.equals(caller)) {
          write(events.addObject(), event);
          next = event.sequence();
        }
      }
    }
    page.put("next", next);
    api.send(exchange, 200, page);
  }

  private static void write(ObjectNode written, Event event) {
    Application application = event.of();
    written.put("sequence", event.sequence());
    written.put("applicationId", application.id);
    ObjectNode holder = written.putObject("holder");
    holder.put("nationalNumber", application.holder.digits());
    holder.put("name", application.name);
    Contact contact = application.contact;
    if (contact.email() != null) {
      holder.put("email", contact.email());
    }
    if (contact.phone() != null) {
      holder.put("phone", contact.phone());
    }
    if (contact.language() != null) {
      holder.put("language", contact.language().tag());
    }
    written.put("category", application.category);
    written.put("state", event.state().name());
    written.put("deliveryPoint", application.deliveryPoint.value());
    written.put(
        "at",
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            event.at().truncatedTo(ChronoUnit.SECONDS).atZone(CityTime.ZONE)));
    if (event.reason() != null) {
      written.put("reason", event.reason());
    }
  }

  private void delivery(HttpExchange exchange, NisCode caller, String applicationId)
      throws IOException {
    synchronized (this) {
      reports.merge(applicationId, 1, Integer::sum);
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith(BelDriveContract.JSON)) {
      api.malformed(exchange, "a delivery is posted as application/json");
      return;
    }
    JsonNode body;
    try {
      body = api.json().readTree(SimulatorServer.readBody(exchange));
    } catch (IOException e) {
      api.malformed(exchange, "the body is not JSON");
      return;
    }
    Optional<Instant> deliveredAt = deliveredAt(body);
    if (deliveredAt.isEmpty()) {
      api.malformed(
          exchange,
          "the body is {\"deliveredAt\": a date-time with an offset}, with no other field");
      return;
    }
    State state;
    synchronized (this) {
      materialize();
      Application application = applications.get(applicationId);
      if (application == null || !application.municipality.equals(caller)) {
        state = null;
      } else {
        state = application.state;
        if (state == State.READY_FOR_PICKUP) {
          application.state = State.DELIVERED;
          feed.add(new Event(++sequence, application, State.DELIVERED, deliveredAt.get(), null));
        }
      }
    }
    if (state == null) {
      api.error(
          exchange,
          404,
          BelDriveContract.UNKNOWN_APPLICATION,
          "no application of a resident of municipality " + caller + " has id " + applicationId);
    } else if (state == State.READY_FOR_PICKUP || state == State.DELIVERED) {
      SimulatorServer.send(exchange, 204, BelDriveContract.JSON, new byte[0]);
    } else {
      api.error(
          exchange,
          409,
          BelDriveContract.NOT_READY,
          "the card of application " + applicationId + " is " + state + ", not ready for pickup");
    }
  }

  /** The body's {@code deliveredAt}, if the body is exactly {@code {deliveredAt}} and it reads. */
  private static Optional<Instant> deliveredAt(JsonNode body) {
    if (body == null || !body.isObject() || body.size() != 1) {
      return Optional.empty();
    }
    JsonNode value = body.get("deliveredAt");
    if (value == null || !value.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          OffsetDateTime.parse(value.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
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
}
