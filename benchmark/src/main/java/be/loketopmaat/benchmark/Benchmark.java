package be.loketopmaat.benchmark;

import be.loketopmaat.application.port.in.FindSlotsUseCase.Mode;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotPage;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotQuery;
import be.loketopmaat.application.port.out.AppointmentRepository;
import be.loketopmaat.application.port.out.CityProfileRepository;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.service.BookingRules;
import be.loketopmaat.application.service.CityProfiles;
import be.loketopmaat.application.service.SlotSearchService;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.ManagementCode;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.calendar.HolidayCalendar;
import be.loketopmaat.domain.calendar.OpenWindow;
import be.loketopmaat.domain.calendar.OpeningCalendar;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Desk;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.LocationType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The appointment benchmark of issue 3, on PostgreSQL, in one run so that its ratios compare like with like:
 * <ol>
 *   <li>fill the Antwerp profile with 13 weeks of appointments at about 75% occupancy;</li>
 *   <li>flexible search for one product and for a two-product appointment, inside the process and over
 *       HTTP: median and p99;</li>
 *   <li>a booking rush: 500 concurrent clients racing for one day's evening slots against two instances
 *       sharing the database; then count double bookings in the database;</li>
 *   <li>sustained booking of distinct free slots for a minute, against pgbench's ceiling for a one-row
 *       insert per transaction with the same client count, measured in the same run.</li>
 * </ol>
 * Run it with {@code scripts/benchmark.sh}, which builds the jars and provides the database.
 */
public final class Benchmark {
  static final ZoneId BRUSSELS = CityTime.ZONE;
  static final ObjectMapper JSON = new ObjectMapper();
  static final ProductCode EID = new ProductCode("eid-application");
  static final ProductCode ATTEST = new ProductCode("attest-household-composition");
  /** 20-minute appointments, three in four of the grid's 20-minute stretches taken. */
  static final Duration FILL_BLOCK = Duration.ofMinutes(20);
  static final double OCCUPANCY = 0.75;
  static final int WEEKS = 13;

  private final Settings settings;
  private final Report report = new Report();
  private final Citizens citizens = new Citizens();
  private final HttpClient http = HttpClient.newBuilder()
      .executor(Executors.newFixedThreadPool(8))
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  Benchmark(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    new Benchmark(Settings.fromEnvironment()).run();
    System.exit(0);
  }

  void run() throws Exception {
    Path logs = Files.createDirectories(Path.of(settings.workDir()));
    report.line("# Loket op Maat benchmark, " + LocalDateTime.now(BRUSSELS).withNano(0));
    report.line("");
    report.line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores; database " + settings.jdbcUrl());
    try (ServiceProcess a = ServiceProcess.start(settings.serviceJar(), 18081, settings.serviceEnvironment(),
        logs.resolve("instance-a.log").toFile());
        ApplicationContext context = ApplicationContext.run(settings.inProcessProperties())) {
      Core core = new Core(context);
      fill(core);
      try (ServiceProcess b = ServiceProcess.start(settings.serviceJar(), 18082, settings.serviceEnvironment(),
          logs.resolve("instance-b.log").toFile())) {
        search(core, a.base);
        rush(core, List.of(a.base, b.base));
        sustained(core, List.of(a.base, b.base));
      }
    }
    report.print();
    Files.writeString(logs.resolve("report.md"), report.text());
  }

  // ---------------------------------------------------------------- 1. fill

  void fill(Core core) {
    Map<DeskCapability, ProductCode> productFor = new EnumMap<>(DeskCapability.class);
    productFor.put(DeskCapability.IDENTITY, EID);
    productFor.put(DeskCapability.MOBILITY, new ProductCode("driving-licence"));
    productFor.put(DeskCapability.HOUSING, new ProductCode("address-change"));
    productFor.put(DeskCapability.LIFE_EVENTS, new ProductCode("civil-status-copy"));
    productFor.put(DeskCapability.OTHER, new ProductCode("signature-legalisation"));
    productFor.put(DeskCapability.PICKUP, EID);
    HolidayCalendar holidays = new HolidayCalendar(core.city.cityProfile().holidays());
    LocalDate first = LocalDate.now(BRUSSELS).plusDays(1);
    LocalDate last = first.plusWeeks(WEEKS).minusDays(1);
    Random random = new Random(20261123);
    // Random references collide now and then over tens of thousands (a booking checks; the fill must too).
    Set<AppointmentReference> references = new java.util.HashSet<>();
    List<Appointment> batch = new ArrayList<>();
    long started = System.nanoTime();
    int stretches = 0;
    int inserted = 0;
    for (Location location : core.locations.findAll()) {
      if (!location.type().staffed() || location.type() == LocationType.PICKUP_COUNTER) {
        continue;
      }
      List<OpenWindow> windows = OpeningCalendar.resolve(location, first, last, holidays).windows();
      for (Desk desk : location.desks()) {
        ProductCode product = productFor.get(desk.capabilities().iterator().next());
        for (OpenWindow window : windows) {
          for (LocalDateTime start = window.date().atTime(window.start());
              !start.plus(FILL_BLOCK).isAfter(window.date().atTime(window.end())); start = start.plus(FILL_BLOCK)) {
            stretches++;
            if (random.nextDouble() < OCCUPANCY) {
              AppointmentReference reference = AppointmentReference.random();
              while (!references.add(reference)) {
                reference = AppointmentReference.random();
              }
              batch.add(Appointment.book(reference, ManagementCode.hash("bench"), desk.code(),
                  new Slot(location.code(), start, start.plus(FILL_BLOCK)), List.of(product), 1, citizen(),
                  Channel.E_COUNTER));
              if (batch.size() == 1000) {
                inserted += insert(core, batch);
              }
            }
          }
        }
      }
    }
    inserted += insert(core, batch);
    double seconds = (System.nanoTime() - started) / 1e9;
    report.line("");
    report.line("## 1. Fill");
    report.line(String.format(Locale.ROOT, "%d appointments over %d weeks (%s to %s) in %d desk stretches of 20 "
        + "minutes: %.1f%% occupancy; inserted in %.1f s", inserted, WEEKS, first, last, stretches,
        100.0 * inserted / stretches, seconds));
  }

  private int insert(Core core, List<Appointment> batch) {
    int size = batch.size();
    List<Appointment> copy = List.copyOf(batch);
    core.transactions.inTransaction(() -> {
      copy.forEach(core.appointments::insert);
      return null;
    });
    batch.clear();
    return size;
  }

  private Citizen citizen() {
    return new Citizen(NationalNumber.of(citizens.nextInsz()), "Bench Mark", "bench@example.be", null, Language.NL);
  }

  // ---------------------------------------------------------------- 2. search

  void search(Core core, URI service) throws Exception {
    report.line("");
    report.line("## 2. Flexible search (first page of 20, earliest first)");
    report.line("| query | in process | over HTTP |");
    report.line("| --- | --- | --- |");
    for (List<ProductCode> products : List.of(List.of(EID), List.of(EID, ATTEST))) {
      SlotQuery query = new SlotQuery(products, 1, Mode.FLEXIBLE, List.of(), false, false, null, null, Set.of(), 20,
          null);
      Latencies inProcess = new Latencies();
      for (int i = 0; i < settings.searchWarmup() + settings.searchRuns(); i++) {
        long t0 = System.nanoTime();
        core.search.findSlots(query);
        if (i >= settings.searchWarmup()) {
          inProcess.add(System.nanoTime() - t0);
        }
      }
      String url = "/api/v1/availability?mode=flexible" + products.stream()
          .map(p -> "&product=" + p.value()).collect(Collectors.joining());
      Latencies overHttp = new Latencies();
      for (int i = 0; i < settings.searchWarmup() + settings.searchRuns(); i++) {
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.resolve(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("search answered " + response.statusCode() + ": " + response.body());
        }
        if (i >= settings.searchWarmup()) {
          overHttp.add(System.nanoTime() - t0);
        }
      }
      report.line("| " + products.stream().map(ProductCode::value).collect(Collectors.joining(" + ")) + " | "
          + inProcess.summary() + " | " + overHttp.summary() + " |");
    }
  }

  // ---------------------------------------------------------------- 3. rush

  void rush(Core core, List<URI> instances) throws Exception {
    LocalDate day = LocalDate.now(BRUSSELS).plusDays(14);
    List<Slot> evening = List.of();
    for (int i = 0; i < 14 && evening.isEmpty(); i++, day = day.plusDays(1)) {
      evening = allSlots(core, List.of(EID), day, day, true);
    }
    LocalDate rushDay = evening.isEmpty() ? day : evening.get(0).start().toLocalDate();
    int clients = settings.rushClients();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    Latencies latencies = new Latencies();
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    Random random = new Random(7);
    List<Slot> targets = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      targets.add(evening.get(random.nextInt(evening.size())));
    }
    List<Future<?>> tasks = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int client = i;
      tasks.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        int status = book(instances.get(client % instances.size()), "rush-" + client, targets.get(client), EID,
            latencies);
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        return null;
      }));
    }
    ready.await();
    long t0 = System.nanoTime();
    go.countDown();
    pool.shutdown();
    pool.awaitTermination(5, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - t0) / 1e9;
    failOnAnyFailed(tasks);
    int doubles = doubleBookingsInTheDatabase();
    int doublesSeen = doubleBookings(core, rushDay);
    int ok = count(statuses, 201);
    int conflicts = count(statuses, 409);
    int fiveXx = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(e -> e.getValue().get()).sum();
    report.line("");
    report.line("## 3. Booking rush");
    report.line(String.format(Locale.ROOT, "%d clients, %d instances, %d free evening slots of %s (eID, 20 min): "
        + "%d booked, %d answered 409, %d other answers %s, %d 5xx; double bookings in the database afterwards: %d (all days, by SQL; %d on the day as the "
        + "application reads it); "
        + "%.0f answered requests/s; latency %s", clients, instances.size(), evening.size(), rushDay, ok, conflicts,
        clients - ok - conflicts - fiveXx, otherStatuses(statuses), fiveXx, doubles, doublesSeen, clients / seconds,
        latencies.summary()));
  }

  /**
   * Pairs of open desk time that overlap on the same desk, counted by SQL on the table itself, so that the
   * count does not rely on the code under test: must be zero.
   */
  int doubleBookingsInTheDatabase() throws java.sql.SQLException {
    try (java.sql.Connection connection = java.sql.DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
        settings.password());
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet result = statement.executeQuery("SELECT count(*) FROM desk_time a JOIN desk_time b "
            + "ON a.location_code = b.location_code AND a.desk = b.desk AND a.id < b.id "
            + "AND a.start_at < b.end_at AND b.start_at < a.end_at "
            + "WHERE a.active AND b.active AND a.kind = 'APPOINTMENT' AND b.kind = 'APPOINTMENT'")) {
      result.next();
      return result.getInt(1);
    }
  }

  /** Open desk time that overlaps other open desk time on the same desk, as the application reads it. */
  int doubleBookings(Core core, LocalDate day) {
    List<LocationCode> codes = core.locations.findAll().stream().map(Location::code).toList();
    List<DeskTime> taken = core.appointments.takenTime(codes, day.atStartOfDay(), day.plusDays(1).atStartOfDay(),
        LocalDateTime.now(BRUSSELS));
    Map<String, List<DeskTime>> byDesk = taken.stream()
        .collect(Collectors.groupingBy(t -> t.location().value() + "/" + t.desk()));
    int overlaps = 0;
    for (List<DeskTime> desk : byDesk.values()) {
      desk.sort(Comparator.comparing(DeskTime::start));
      for (int i = 1; i < desk.size(); i++) {
        if (desk.get(i).start().isBefore(desk.get(i - 1).end())) {
          overlaps++;
        }
      }
    }
    return overlaps;
  }

  // ---------------------------------------------------------------- 4. sustained

  void sustained(Core core, List<URI> instances) throws Exception {
    int clients = settings.sustainedClients();
    LocalDate from = LocalDate.now(BRUSSELS).plusDays(2);
    List<Slot> free = new ArrayList<>(allSlots(core, List.of(ATTEST), from, from.plusWeeks(WEEKS), false));
    Collections.shuffle(free, new Random(11));
    AtomicInteger cursor = new AtomicInteger();
    AtomicLong booked = new AtomicLong();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    Latencies latencies = new Latencies();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long deadline = System.nanoTime() + settings.sustainedSeconds() * 1_000_000_000L;
    long t0 = System.nanoTime();
    List<Future<?>> tasks = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int client = i;
      tasks.add(pool.submit(() -> {
        while (System.nanoTime() < deadline) {
          int next = cursor.getAndIncrement();
          if (next >= free.size()) {
            return null;
          }
          int status = book(instances.get(client % instances.size()), "steady-" + client, free.get(next), ATTEST,
              latencies);
          statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
          if (status == 201) {
            booked.incrementAndGet();
          }
        }
        return null;
      }));
    }
    pool.shutdown();
    pool.awaitTermination(settings.sustainedSeconds() + 60, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - t0) / 1e9;
    failOnAnyFailed(tasks);
    double perSecond = booked.get() / seconds;
    double ceiling = PgBench.oneRowInsertTps(settings, clients);
    report.line("");
    report.line("## 4. Sustained bookings against the database's ceiling");
    report.line(String.format(Locale.ROOT, "%d clients for %.0f s over %d instances%s: %d bookings (%.0f/s), answers "
        + "%s, latency %s", clients, seconds, instances.size(),
        cursor.get() >= free.size() ? " (until all " + free.size() + " free slots were booked)" : "",
        booked.get(), perSecond, statuses, latencies.summary()));
    report.line(String.format(Locale.ROOT, "pgbench, one-row insert per transaction, %d clients: %.0f tps", clients,
        ceiling));
    report.line(String.format(Locale.ROOT, "**Bookings per second as a share of the ceiling: %.1f%%** (target: at "
        + "least 15%%)", 100 * perSecond / ceiling));
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Waits for every client and rethrows the first failure: a client that died (say, on an I/O error)
   * would otherwise vanish from the counts, and the report would look better than the run was.
   */
  private static void failOnAnyFailed(List<Future<?>> tasks) throws InterruptedException, ExecutionException {
    for (Future<?> task : tasks) {
      task.get();
    }
  }

  /** Books one slot directly over HTTP, as a citizen's client would; returns the status. */
  private int book(URI instance, String client, Slot slot, ProductCode product, Latencies latencies) {
    try {
      Map<String, Object> body = new HashMap<>();
      body.put("products", List.of(product.value()));
      body.put("location", slot.location().value());
      body.put("start", slot.start().atZone(BRUSSELS).toOffsetDateTime().toString());
      body.put("citizen", Map.of("insz", citizens.nextInsz(), "name", "Bench Mark", "email", "bench@example.be",
          "language", "nl"));
      HttpRequest request = HttpRequest.newBuilder(instance.resolve("/api/v1/appointments"))
          .header("Content-Type", "application/json")
          .header("X-Client-Id", client)
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
          .timeout(Duration.ofSeconds(60))
          .build();
      long t0 = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      latencies.add(System.nanoTime() - t0);
      if (response.statusCode() >= 500) {
        System.err.println("5xx: " + response.body());
      }
      return response.statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -2;
    }
  }

  /** Every free slot for the products in the date range, page by page. */
  private static List<Slot> allSlots(Core core, List<ProductCode> products, LocalDate from, LocalDate to,
      boolean evening) {
    List<Slot> all = new ArrayList<>();
    SlotPage page = null;
    do {
      page = core.search.findSlots(new SlotQuery(products, 1, Mode.FLEXIBLE, List.of(), evening, false, from, to,
          Set.of(), SlotSearchService.MAX_PAGE, page == null ? null : page.next()));
      all.addAll(page.slots());
    } while (page.next() != null && all.size() < 50_000);
    return all;
  }

  private static int count(Map<Integer, AtomicInteger> statuses, int status) {
    AtomicInteger n = statuses.get(status);
    return n == null ? 0 : n.get();
  }

  private static String otherStatuses(Map<Integer, AtomicInteger> statuses) {
    return statuses.entrySet().stream().filter(e -> e.getKey() != 201 && e.getKey() != 409 && e.getKey() < 500)
        .map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", ", "(", ")"));
  }

  /** The application core, wired in this process on the same database as the instances. */
  static final class Core {
    final LocationRepository locations;
    final AppointmentRepository appointments;
    final Transactions transactions;
    final CityProfiles city;
    final SlotSearchService search;

    Core(ApplicationContext context) {
      locations = context.getBean(LocationRepository.class);
      appointments = context.getBean(AppointmentRepository.class);
      transactions = context.getBean(Transactions.class);
      city = new CityProfiles(context.getBean(CityProfileRepository.class));
      search = new SlotSearchService(context.getBean(ProductRepository.class), locations, appointments, city,
          BookingRules.defaults(), Clock.system(BRUSSELS));
    }
  }

  static final class Report {
    private final StringBuilder text = new StringBuilder();

    void line(String line) {
      text.append(line).append('\n');
      System.out.println(line);
    }

    String text() {
      return text.toString();
    }

    void print() {
      System.out.println();
      System.out.println("Report written to the work folder (report.md).");
    }
  }
}
