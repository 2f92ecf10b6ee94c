package be.loketopmaat.benchmark;

import be.loketopmaat.adapters.federal.simulator.MagdaSimulator;
import be.loketopmaat.adapters.kiosk.city.CityKioskClient;
import be.loketopmaat.adapters.kiosk.eid.EidTrust;
import be.loketopmaat.adapters.kiosk.eid.PcscCardReader;
import be.loketopmaat.adapters.kiosk.hardware.CardReader;
import be.loketopmaat.adapters.kiosk.hardware.EidSession;
import be.loketopmaat.adapters.kiosk.hardware.PinOutcome;
import be.loketopmaat.adapters.kiosk.hardware.PrintOutcome;
import be.loketopmaat.adapters.kiosk.hardware.VerifiedCard;
import be.loketopmaat.adapters.kiosk.ipp.IppDocumentPrinter;
import be.loketopmaat.adapters.kiosk.ipp.IppPrinterSimulator;
import be.loketopmaat.adapters.kiosk.session.KioskSession;
import be.loketopmaat.adapters.kiosk.virtualcard.Personas;
import be.loketopmaat.adapters.kiosk.virtualcard.TestPki;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualEidCard;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualSmartcardProvider;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualTerminal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The kiosks (issue 8) against an instance of the service with the MAGDA simulator (a real HTTP
 * server in this JVM) as population register:
 *
 * <ol>
 *   <li>Kiosk sessions per second: {@link #CLIENTS} kiosks, each with its own virtual eID card
 *       (through the real PC/SC adapter, the PIN verified once per card session), loop for {@link
 *       #SECONDS} s over the kiosk's own client: a challenge, the card's signature over it and the
 *       session opened by it (the service checks the chain and the signature), the products for
 *       kiosks, the session ended. Against it, the same clients reading {@code /health} for as
 *       long.
 *   <li>A session's time on the virtual card, card-in to printed attest, one kiosk after another
 *       ({@link #RUNS} times): the card read and its files verified, the PIN, the city's session,
 *       the attest from the register through the city, its QR code stamped, printed on the IPP
 *       printer simulator and reported printed.
 * </ol>
 *
 * Run alone with {@code LOKET_BENCH_PHASES=kiosk}.
 */
final class KioskPhase {
  static final int CLIENTS =
      Integer.parseInt(System.getenv().getOrDefault("LOKET_BENCH_KIOSK_CLIENTS", "8"));
  static final int SECONDS =
      Integer.parseInt(System.getenv().getOrDefault("LOKET_BENCH_KIOSK_SECONDS", "20"));
  static final int RUNS =
      Integer.parseInt(System.getenv().getOrDefault("LOKET_BENCH_KIOSK_RUNS", "40"));
  private static final int WARMUP_SECONDS = 5;
  private static final String SITE = "zuil-bib-de-poort";

  record Result(
      int clients,
      long sessions,
      double sessionsPerSecond,
      Latencies sessionLatency,
      long failed,
      double healthPerSecond,
      Latencies cardToPrint,
      long notPrinted) {}

  private final Settings settings;
  private final String staffToken;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  KioskPhase(Settings settings) {
    this.settings = settings;
    byte[] key = new byte[24];
    new SecureRandom().nextBytes(key);
    this.staffToken = HexFormat.of().formatHex(key);
  }

  static String describe(Result result) {
    return String.format(
        Locale.ROOT,
        "Kiosk sessions (challenge, signed session, products, end) by %d kiosks for %d s: %,d"
            + " sessions, %.0f sessions/s, each %s, %d failed; the same clients reading /health:"
            + " %.0f/s. Card-in to printed attest on the virtual card and the IPP simulator, one"
            + " kiosk after another: median %.0f ms, p95 %.0f ms, p99 %.0f ms (n=%d, %d not"
            + " printed).",
        result.clients(),
        SECONDS,
        result.sessions(),
        result.sessionsPerSecond(),
        result.sessionLatency().brief(),
        result.failed(),
        result.healthPerSecond(),
        result.cardToPrint().medianMillis(),
        result.cardToPrint().percentileMillis(95),
        result.cardToPrint().p99Millis(),
        result.cardToPrint().count(),
        result.notPrinted());
  }

  Result measure(int port, File log, Path work) throws Exception {
    Path pkiFile = work.resolve("kiosk-test-pki-" + UUID.randomUUID() + ".p12");
    TestPki pki = TestPki.loadOrGenerate(pkiFile, "Benchmark");
    try (MagdaSimulator magda = MagdaSimulator.start(0, Clock.systemUTC());
        IppPrinterSimulator printer = IppPrinterSimulator.start(0, RUNS + 10)) {
      Map<String, String> env =
          settings.registerEnvironment(staffToken, magda.baseUri().toString());
      env.put("LOKET_KIOSK_TEST_PKI", pkiFile.toString());
      env.put("LOKET_KIOSK_PSEUDONYM_KEY", "the benchmark's pseudonym key " + staffToken);
      try (ServiceProcess service = ServiceProcess.start(settings.serviceJar(), port, env, log)) {
        List<Kiosk> kiosks = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
          kiosks.add(new Kiosk(service.base, register(service.base), pki));
        }
        Latencies sessions = new Latencies();
        AtomicLong failed = new AtomicLong();
        loop(kiosks, WARMUP_SECONDS, k -> k.session(new Latencies(), new AtomicLong()));
        long started = System.nanoTime();
        long done = loop(kiosks, SECONDS, k -> k.session(sessions, failed));
        double seconds = (System.nanoTime() - started) / 1e9;
        long healthStarted = System.nanoTime();
        long health = loop(kiosks, SECONDS, k -> k.health());
        double healthSeconds = (System.nanoTime() - healthStarted) / 1e9;
        kiosks.forEach(Kiosk::close);

        Latencies cardToPrint = new Latencies();
        long notPrinted = cardToPrint(service.base, pki, printer.uri(), cardToPrint);
        return new Result(
            CLIENTS,
            done,
            done / seconds,
            sessions,
            failed.get(),
            health / healthSeconds,
            cardToPrint,
            notPrinted);
      }
    } finally {
      Files.deleteIfExists(pkiFile);
    }
  }

  /** One kiosk after another: card in, PIN, attest printed, card out. */
  private long cardToPrint(URI base, TestPki pki, URI printerUri, Latencies latencies)
      throws Exception {
    String key = register(base);
    VirtualTerminal terminal = new VirtualTerminal("Benchmark reader");
    CardReader reader = reader(terminal, pki);
    CityKioskClient city = new CityKioskClient(base, key, Duration.ofSeconds(30));
    KioskSession session =
        new KioskSession(
            reader,
            new IppDocumentPrinter(
                printerUri, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(60)),
            city,
            Clock.systemUTC(),
            Duration.ofMinutes(5));
    long notPrinted = 0;
    for (int run = -3; run < RUNS; run++) {
      long start = System.nanoTime();
      terminal.insert(VirtualEidCard.of(Personas.registerResident(), pki, false, 3));
      session.cardInserted();
      session.enterPin("1234".toCharArray());
      PrintOutcome outcome = session.choose("attest:MAIN_RESIDENCE");
      long took = System.nanoTime() - start;
      terminal.remove();
      session.cardRemoved();
      if (run < 0) {
        continue; // warm-up
      }
      if (outcome.printed()) {
        latencies.add(took);
      } else {
        notPrinted++;
      }
    }
    return notPrinted;
  }

  /** Runs {@code work} on every kiosk, each on its own thread, for {@code seconds}; the count. */
  private static long loop(List<Kiosk> kiosks, int seconds, Work work) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(kiosks.size());
    try {
      List<Future<Long>> counts = new ArrayList<>();
      for (Kiosk kiosk : kiosks) {
        Callable<Long> each =
            () -> {
              long count = 0;
              while (System.nanoTime() < until) {
                if (work.on(kiosk)) {
                  count++;
                }
              }
              return count;
            };
        counts.add(pool.submit(each));
      }
      long total = 0;
      for (Future<Long> count : counts) {
        total += count.get();
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface Work {
    boolean on(Kiosk kiosk) throws Exception;
  }

  /** Registers a kiosk at the site over the staff API: its credential. */
  private String register(URI base) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/staff/kiosks"))
                .header("Authorization", "Bearer " + staffToken)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"location\": \""
                            + SITE
                            + "\", \"name\": \"Benchmark "
                            + UUID.randomUUID()
                            + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 201) {
      throw new IllegalStateException("kiosk not registered: " + answer.body());
    }
    JsonNode kiosk = json.readTree(answer.body());
    return kiosk.get("secret").asText();
  }

  private static CardReader reader(VirtualTerminal terminal, TestPki pki) {
    return PcscCardReader.first(
            VirtualSmartcardProvider.factory(terminal),
            "",
            new EidTrust(List.of(pki.root().certificate()), Clock.systemUTC()))
        .orElseThrow();
  }

  /** A kiosk of the sessions' part: its own card, PIN verified once, and its own city client. */
  private final class Kiosk {
    private final CityKioskClient city;
    private final EidSession card;
    private final VerifiedCard citizen;
    private final HttpRequest health;

    Kiosk(URI base, String key, TestPki pki) {
      VirtualTerminal terminal = new VirtualTerminal("Benchmark reader");
      terminal.insert(VirtualEidCard.of(Personas.registerResident(), pki, false, 3));
      this.card = ((CardReader.Opening.Opened) reader(terminal, pki).open()).session();
      this.citizen = card.readVerified().orElseThrow();
      if (!(card.verifyPin("1234".toCharArray()) instanceof PinOutcome.Accepted)) {
        throw new IllegalStateException("the benchmark's card refuses its PIN");
      }
      this.city = new CityKioskClient(base, key, Duration.ofSeconds(30));
      this.health = HttpRequest.newBuilder(base.resolve("/health")).build();
    }

    boolean session(Latencies latencies, AtomicLong failed) {
      long start = System.nanoTime();
      try {
        if (!city.signIn(card, citizen)) {
          failed.incrementAndGet();
          return false;
        }
        if (city.products().isEmpty()) {
          failed.incrementAndGet();
        }
        city.signOut();
        latencies.add(System.nanoTime() - start);
        return true;
      } catch (RuntimeException e) {
        failed.incrementAndGet();
        city.signOut();
        return false;
      }
    }

    boolean health() throws Exception {
      return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    void close() {
      card.close();
    }
  }
}
