package be.loketopmaat.benchmark;

import be.loketopmaat.adapters.federal.ebox.HttpCitizenMailbox;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.magda.MagdaPopulationRegister;
import be.loketopmaat.adapters.federal.simulator.CitizenMailboxSimulator;
import be.loketopmaat.adapters.federal.simulator.MagdaSimulator;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.mailbox.MailboxDocument;
import be.loketopmaat.domain.mailbox.MailboxMessage;
import be.loketopmaat.domain.mailbox.MessageKey;
import be.loketopmaat.domain.population.Attest;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.population.HouseholdMember;
import be.loketopmaat.domain.population.HouseholdRole;
import be.loketopmaat.domain.population.Nationality;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.population.Residence;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Attests delivered automatically (issue 7, the "smartloket"), end to end: e-counter clients ask an
 * instance of the service for attests over {@code POST /api/v1/e-counter/attest-requests}, and the
 * clock runs from their release until the database holds every request as DELIVERED, that is until
 * the service's federal worker has read each person from the MAGDA simulator, got the attest PDF,
 * checked the eBox consent and published it in the eBox simulator (both real HTTP servers in this
 * JVM, behind the service's real adapters). The baseline, measured in the same run with as many
 * clients: the same four partner calls made straight from here with the same adapters, no service,
 * no database in between. Each citizen asks once, so the eBox simulator must hold exactly one
 * message per citizen afterwards. Also runnable alone ({@link #main}).
 */
final class AttestDeliveryPhase {
  static final int CLIENTS = 20;
  static final int EACH =
      Integer.parseInt(System.getenv().getOrDefault("LOKET_BENCH_ATTESTS_EACH", "25"));
  static final int WARM = 20;

  /** The made-up citizens start here (away from the parking phase's). */
  private static final int FIRST_CITIZEN = 5_000_000;

  private static final Duration POLL = Duration.ofMillis(50);
  private static final Duration PATIENCE = Duration.ofMinutes(5);
  private static final String PATH = "/api/v1/e-counter/attest-requests";

  /** What the partners sustain without the service: person, attest, consent and publication. */
  record Direct(int attests, double seconds, int failed) {
    double perSecond() {
      return attests / seconds;
    }
  }

  record Result(
      int requests,
      Benchmark.Burst accepted,
      double firstDeliveredSeconds,
      double allDeliveredSeconds,
      boolean complete,
      int deliveredOnce,
      int eboxMessages,
      Direct direct,
      String workerEvery) {
    double endToEndPerSecond() {
      return requests / allDeliveredSeconds;
    }
  }

  private final Settings settings;
  private final String counterKey = secret();
  private final String mailboxKey = secret();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  AttestDeliveryPhase(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Settings settings = Settings.fromEnvironment();
    Path logs = Files.createDirectories(Path.of(settings.workDir()));
    Result result =
        new AttestDeliveryPhase(settings).measure(18086, logs.resolve("instance-f.log").toFile());
    System.out.println(describe(result));
    System.exit(0);
  }

  static String describe(Result result) {
    return String.format(
        Locale.ROOT,
        "%d e-counter clients asked %d attests (household composition, Dutch), each citizen once:"
            + " accepted in %.1f s (%.0f requests/s, answers %s, latency median %.0f ms, p99 %.0f ms);"
            + " the first was in the eBox %.1f s and the last %.1f s after the release, complete %s:"
            + " **%.1f attests/s end to end** (the federal worker runs every %s, and drains a backlog"
            + " in one run). In the eBox simulator: %d messages, %d citizens with exactly one. The"
            + " same partner calls made straight from the benchmark with the same adapters and %d"
            + " clients: %d attests in %.1f s, %.1f/s (%d failed).",
        CLIENTS,
        result.requests(),
        result.accepted().seconds(),
        result.accepted().answeredPerSecond(),
        new java.util.TreeMap<>(result.accepted().statuses()),
        result.accepted().latencies().medianMillis(),
        result.accepted().latencies().p99Millis(),
        result.firstDeliveredSeconds(),
        result.allDeliveredSeconds(),
        result.complete(),
        result.endToEndPerSecond(),
        result.workerEvery(),
        result.eboxMessages(),
        result.deliveredOnce(),
        CLIENTS,
        result.direct().attests(),
        result.direct().seconds(),
        result.direct().perSecond(),
        result.direct().failed());
  }

  Result measure(int port, File log) throws Exception {
    int requests = CLIENTS * EACH;
    try (MagdaSimulator magda = MagdaSimulator.start(0, Clock.systemUTC());
        CitizenMailboxSimulator ebox = CitizenMailboxSimulator.start(0)) {
      ebox.addPartner(NisCode.ANTWERP, mailboxKey);
      // Citizens for the warm-up, the measured requests and the direct baseline, each its own.
      int citizens = WARM + 2 * requests;
      for (int i = 0; i < citizens; i++) {
        NationalNumber insz = ParkingRenewalPhase.insz(FIRST_CITIZEN + i);
        magda.addPerson(resident(insz));
        ebox.consent(insz.digits(), true);
      }
      Map<String, String> env = settings.serviceEnvironment();
      env.put("LOKET_FEDERAL_MUNICIPALITY", NisCode.ANTWERP.value());
      env.put("LOKET_FEDERAL_MAGDA_URL", magda.baseUri().toString());
      env.put("LOKET_FEDERAL_EBOX_URL", ebox.baseUri().toString());
      env.put("LOKET_FEDERAL_EBOX_API_KEY", mailboxKey);
      env.put("LOKET_E_COUNTER_API_KEY", counterKey);
      env.put("LOKET_PARKING_RENEWAL_ENABLED", "false");
      // The mail and SMS outbox is not this phase's work.
      env.put("LOKET_OUTBOX_ENABLED", "false");
      String every = "10s (default)";
      Benchmark.Burst accepted;
      double first = Double.NaN;
      double all = Double.NaN;
      try (ServiceProcess service = ServiceProcess.start(settings.serviceJar(), port, env, log)) {
        List<UUID> warm = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger warmCitizens = new AtomicInteger(0);
        Benchmark.burst(
            1, WARM, (c, latencies) -> ask(service.base, warmCitizens, warm, latencies));
        await(() -> warm.size() == WARM && delivered(warm) == WARM, "the warm-up's deliveries");

        List<UUID> ids = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger citizensAsking = new AtomicInteger(WARM);
        long released = System.nanoTime();
        accepted =
            Benchmark.burst(
                CLIENTS, EACH, (c, latencies) -> ask(service.base, citizensAsking, ids, latencies));
        long deadline = released + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
          long done = delivered(ids);
          double now = (System.nanoTime() - released) / 1e9;
          if (done > 0 && Double.isNaN(first)) {
            first = now;
          }
          if (done == requests) {
            all = now;
            break;
          }
          Thread.sleep(POLL.toMillis());
        }
      }
      boolean complete = !Double.isNaN(all);
      int once = 0;
      for (int i = 0; i < requests; i++) {
        String digits = ParkingRenewalPhase.insz(FIRST_CITIZEN + WARM + i).digits();
        once += ebox.messagesFor(digits).size() == 1 ? 1 : 0;
      }
      int messages = ebox.publications();
      return new Result(
          requests,
          accepted,
          first,
          complete ? all : PATIENCE.toSeconds(),
          complete,
          once,
          messages,
          direct(magda, ebox, WARM + requests, requests),
          every);
    }
  }

  /**
   * One e-counter request, for the citizen {@code citizens} numbers next: the id of an accepted one
   * (201) goes into {@code ids}.
   */
  private int ask(URI base, AtomicInteger citizens, List<UUID> ids, Latencies latencies) {
    NationalNumber insz = ParkingRenewalPhase.insz(FIRST_CITIZEN + citizens.getAndIncrement());
    String body =
        "{\"insz\":\""
            + insz.digits()
            + "\",\"model\":\"household-composition\",\"language\":\"nl\"}";
    try {
      HttpResponse<String> answer =
          Benchmark.timed(
              http,
              HttpRequest.newBuilder(base.resolve(PATH))
                  .header("X-Api-Key", counterKey)
                  .header("X-Client-Id", "e-counter")
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(60))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              latencies);
      if (answer == null) {
        return -1;
      }
      if (answer.statusCode() == 201) {
        ids.add(UUID.fromString(idOf(answer.body())));
      }
      return answer.statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * The same four calls the service's worker makes for one attest, made from here for {@code count}
   * citizens from {@code offset} on, by {@link #CLIENTS} threads, with the service's own adapters.
   */
  private Direct direct(MagdaSimulator magda, CitizenMailboxSimulator ebox, int offset, int count)
      throws Exception {
    MagdaPopulationRegister register =
        new MagdaPopulationRegister(
            EndpointSettings.plain(magda.baseUri(), Duration.ofSeconds(5), Duration.ofSeconds(20)),
            NisCode.ANTWERP,
            Clock.systemUTC());
    HttpCitizenMailbox mailbox =
        new HttpCitizenMailbox(
            EndpointSettings.plain(ebox.baseUri(), Duration.ofSeconds(5), Duration.ofSeconds(20)),
            new PartnerCredentials(NisCode.ANTWERP, mailboxKey));
    AtomicInteger next = new AtomicInteger(offset);
    AtomicInteger failed = new AtomicInteger();
    Benchmark.Burst burst =
        Benchmark.burst(
            CLIENTS,
            count / CLIENTS,
            (client, latencies) -> {
              NationalNumber insz =
                  ParkingRenewalPhase.insz(FIRST_CITIZEN + next.getAndIncrement());
              long t0 = System.nanoTime();
              try {
                if (register.person(insz).isEmpty()) {
                  throw new IllegalStateException("the register knows no " + insz.digits());
                }
                Attest attest =
                    register.attest(insz, AttestModel.HOUSEHOLD_COMPOSITION, AttestLanguage.NL);
                if (!mailbox.hasConsent(insz)) {
                  throw new IllegalStateException("no consent for " + insz.digits());
                }
                mailbox.publish(
                    new MailboxMessage(
                        insz,
                        Language.NL,
                        "Uw attest",
                        "In bijlage uw attest.",
                        List.of(MailboxDocument.pdf("attest.pdf", attest.pdf()))),
                    new MessageKey(UUID.randomUUID().toString()));
                latencies.add(System.nanoTime() - t0);
                return 201;
              } catch (RuntimeException e) {
                failed.incrementAndGet();
                return -1;
              }
            });
    return new Direct(count / CLIENTS * CLIENTS, burst.seconds(), failed.get());
  }

  private static Person resident(NationalNumber insz) {
    Residence antwerp =
        new Residence(
            new Address("Lange Nieuwstraat 7", "2000", "Antwerpen"),
            NisCode.ANTWERP,
            LocalDate.of(2015, 1, 1));
    return new Person(
        insz,
        new PersonName("Jan", "Peeters"),
        LocalDate.of(1980, 1, 1),
        Nationality.BELGIAN,
        antwerp,
        List.of(
            new HouseholdMember(
                insz, new PersonName("Jan", "Peeters"), HouseholdRole.REFERENCE_PERSON)),
        null);
  }

  private static String idOf(String body) {
    try {
      JsonNode id = Benchmark.JSON.readTree(body).get("id");
      if (id == null || !id.isTextual()) {
        throw new IllegalStateException("an accepted attest request without an id: " + body);
      }
      return id.asText();
    } catch (IOException e) {
      throw new IllegalStateException("an accepted attest request that is not JSON: " + body, e);
    }
  }

  private long delivered(List<UUID> ids) {
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT count(*) FROM attest_request WHERE state = 'DELIVERED' AND id = ANY (?)")) {
      Array array = connection.createArrayOf("uuid", ids.toArray());
      statement.setArray(1, array);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("counting delivered attests failed: " + e.getMessage(), e);
    }
  }

  private static void await(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not within " + PATIENCE + ": " + what);
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  private static String secret() {
    byte[] key = new byte[24];
    new SecureRandom().nextBytes(key);
    return HexFormat.of().formatHex(key);
  }
}
