package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.kiosk.KioskScreenProgram;
import be.loketopmaat.adapters.kiosk.attest.KioskLanguage;
import be.loketopmaat.adapters.kiosk.city.CityKioskClient;
import be.loketopmaat.adapters.kiosk.eid.EidTrust;
import be.loketopmaat.adapters.kiosk.eid.PcscCardReader;
import be.loketopmaat.adapters.kiosk.escpos.EscPosPrinterSimulator;
import be.loketopmaat.adapters.kiosk.escpos.EscPosReceiptPrinter;
import be.loketopmaat.adapters.kiosk.hardware.CardReader;
import be.loketopmaat.adapters.kiosk.hardware.PrintOutcome;
import be.loketopmaat.adapters.kiosk.ipp.IppDocumentPrinter;
import be.loketopmaat.adapters.kiosk.ipp.IppPrinterSimulator;
import be.loketopmaat.adapters.kiosk.screen.KioskScreen;
import be.loketopmaat.adapters.kiosk.ticket.TicketDispenser;
import be.loketopmaat.adapters.kiosk.virtualcard.TestPki;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualSmartcardProvider;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualTerminal;
import be.loketopmaat.domain.calendar.CityTime;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Walk-in tickets printed at a kiosk, over real HTTP on PostgreSQL with Leuven's reference data
 * (Antwerp hands out nothing without appointment), the ESC/POS receipt printer simulator and the
 * service on a clock the test sets to a Monday morning the fast counter is open. Leuven has no
 * kiosk: staff put a kiosk terminal in the hall of its fast counter (snelloket), as a city would
 * through the API, and one in the city office, whose desks serve nothing without appointment. No
 * card and no session: a ticket is anonymous.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskTicketsEndToEndTest implements TestPropertyProvider {
  private static final String SNELLOKET = "snelloket-leuven";
  private static final String OFFICE = "stadskantoor-leuven";
  private static final WalkInEndToEndTest.MovableClock CLOCK =
      new WalkInEndToEndTest.MovableClock();

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;
  private LocalDate monday;
  private EscPosPrinterSimulator receipts;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres("e2e_kiosk_tickets"));
    properties.put("loket.city", "leuven");
    properties.put("loket.staff.token", Http.STAFF_TOKEN);
    properties.put("loket.kiosk.pseudonym-key", "an end-to-end pseudonym key");
    // Every ticket post of the class comes from one address; the limit itself is
    // RateLimitApiTest's.
    properties.put("loket.rate-limit.burst", "50");
    // One kiosk, one desk: a small pool leaves PostgreSQL's connections to the other classes.
    properties.put("datasources.default.maximum-pool-size", "4");
    try {
      properties.put(
          "loket.kiosk.test-pki",
          Files.createTempDirectory("kiosk-tickets").resolve("test-pki.p12").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  @MockBean(Clock.class)
  Clock clock() {
    return CLOCK;
  }

  @BeforeAll
  void kioskTerminals() {
    http = new Http(server.getURI(), json);
    monday = nextOpenMonday();
    withKioskTerminal(SNELLOKET);
    withKioskTerminal(OFFICE);
  }

  @BeforeEach
  void startPrinter() {
    CLOCK.set(monday.atTime(10, 0));
    receipts = EscPosPrinterSimulator.start(0, 500);
  }

  @AfterEach
  void stopPrinter() {
    receipts.close();
  }

  @Test
  void aKioskInTheFastCountersHallPrintsATicketInItsQueueInTheCitizensLanguage() {
    String key = KiosksEndToEndTest.register(http, SNELLOKET);
    CityKioskClient city = city(key);
    city.language(KioskLanguage.FR);
    TicketDispenser dispenser = new TicketDispenser(city, printer());

    assertThat(dispenser.products())
        .extracting(p -> p.get("code"))
        .contains("waste-bags", "attest-main-residence", "eid-application")
        .doesNotContain("driving-licence-application", "birth-declaration");
    assertThat(dispenser.products())
        .filteredOn(p -> "waste-bags".equals(p.get("code")))
        .extracting(p -> p.get("name"))
        .containsExactly("Acheter des sacs poubelle");

    callEveryoneWaiting();
    TicketDispenser.Outcome outcome = dispenser.take("waste-bags", KioskLanguage.FR);

    assertThat(outcome).isInstanceOf(TicketDispenser.Printed.class);
    int number = ((TicketDispenser.Printed) outcome).number();
    EscPosPrinterSimulator.Receipt slip = receipts.receipts().get(0);
    assertThat(slip.complete()).isTrue();
    assertThat(slip.lines())
        .contains(
            Integer.toString(number),
            "Acheter des sacs poubelle",
            "Snelloket (loket A), Stadskantoor Leuven",
            monday.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:00",
            "Attendez que votre numéro soit appelé.");
    assertThat(slip.barcodes()).containsExactly(String.format("%03d", number));
    assertThat(receipts.unknownCommands()).isEmpty();

    // The counter's queue has it: the fast counter's desk calls that number.
    Http.Response called =
        http.staff(
            "POST", "/api/v1/staff/locations/" + SNELLOKET + "/desks/loket-a/call-next", null);
    assertThat(called.status()).as(called.text()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Object> ticket = (Map<String, Object>) called.object().get("ticket");
    assertThat(ticket.get("number")).isEqualTo(number);
    assertThat(ticket.get("product")).isEqualTo("waste-bags");

    List<Map<String, Object>> usage = usage(key);
    assertThat(usage).extracting(e -> e.get("kind")).containsExactly("TICKET_PRINTED");
    assertThat(usage.get(0).get("detail")).isEqualTo("ticket " + number + " waste-bags");
    assertThat(usage.get(0).get("pseudonym")).isNull();
  }

  @Test
  void aSlipThatRunsOutOfPaperKeepsTheTicketInTheQueueAndTheKioskReportsAFault() {
    String key = KiosksEndToEndTest.register(http, SNELLOKET);
    CityKioskClient city = city(key);
    receipts.close();
    receipts = EscPosPrinterSimulator.start(0, 0);

    TicketDispenser.Outcome outcome =
        new TicketDispenser(city, printer()).take("attest-main-residence", KioskLanguage.NL);

    assertThat(outcome).isInstanceOf(TicketDispenser.NotPrinted.class);
    TicketDispenser.NotPrinted notPrinted = (TicketDispenser.NotPrinted) outcome;
    assertThat(notPrinted.printer()).isEqualTo(new PrintOutcome.OutOfPaper());
    assertThat(receipts.receipts()).isEmpty();
    assertThat(waiting(SNELLOKET))
        .as("the ticket stays in the queue")
        .extracting(t -> t.get("number"))
        .contains(notPrinted.number());
    List<Map<String, Object>> usage = usage(key);
    assertThat(usage)
        .filteredOn(e -> "FAULT".equals(e.get("kind")))
        .extracting(e -> e.get("detail"))
        .contains(
            "ticket " + notPrinted.number() + " attest-main-residence not printed: OUT_OF_PAPER",
            "OUT_OF_PAPER");
    assertThat(usage).extracting(e -> e.get("kind")).doesNotContain("TICKET_PRINTED");
    assertThat(kioskStatus(key)).isEqualTo("OUT_OF_PAPER");
  }

  @Test
  void aKioskWithoutQueueUnknownProductsAndBadReportsAreClearRefusalsThatChangeNothing() {
    String office = KiosksEndToEndTest.register(http, OFFICE);
    String snelloket = KiosksEndToEndTest.register(http, SNELLOKET);
    List<Object> before = numbers(SNELLOKET);

    Http.Response none = kiosk("GET", office, "/api/v1/kiosk/tickets/products?language=nl", null);
    assertThat(none.status()).as(none.text()).isEqualTo(200);
    assertThat(none.list()).isEmpty();
    Http.Response noQueue =
        kiosk("POST", office, "/api/v1/kiosk/tickets", "{\"product\": \"eid-application\"}");
    assertThat(noQueue.status()).as(noQueue.text()).isEqualTo(409);
    assertThat(noQueue.contentType()).startsWith("application/problem+json");
    assertThat(noQueue.object().get("reason")).isEqualTo("kiosk-without-queue");
    assertThat((String) noQueue.object().get("detail"))
        .contains(OFFICE)
        .contains("wachtrij zonder afspraak");
    assertThat(waiting(OFFICE)).isEmpty();

    Http.Response unknown =
        kiosk("POST", snelloket, "/api/v1/kiosk/tickets", "{\"product\": \"no-such-product\"}");
    assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    Http.Response malformed =
        kiosk("POST", snelloket, "/api/v1/kiosk/tickets", "{\"product\": \"Not A Code!\"}");
    assertThat(malformed.status()).as(malformed.text()).isEqualTo(400);
    Http.Response byAppointment =
        kiosk("POST", snelloket, "/api/v1/kiosk/tickets", "{\"product\": \"birth-declaration\"}");
    assertThat(byAppointment.status()).as(byAppointment.text()).isEqualTo(400);
    Http.Response language =
        kiosk(
            "POST",
            snelloket,
            "/api/v1/kiosk/tickets",
            "{\"product\": \"waste-bags\", \"language\": \"de\"}");
    assertThat(language.status()).as(language.text()).isEqualTo(400);
    Http.Response noKey =
        kiosk("POST", null, "/api/v1/kiosk/tickets", "{\"product\": \"waste-bags\"}");
    assertThat(noKey.status()).as(noKey.text()).isEqualTo(401);
    assertThat(noKey.contentType()).startsWith("application/problem+json");
    assertThat(numbers(SNELLOKET)).as("no ticket was drawn").isEqualTo(before);

    Http.Response notATicket =
        kiosk("POST", snelloket, "/api/v1/kiosk/tickets/xyz/printed", "{\"printed\": true}");
    assertThat(notATicket.status()).as(notATicket.text()).isEqualTo(400);
    Http.Response unknownTicket =
        kiosk(
            "POST",
            snelloket,
            "/api/v1/kiosk/tickets/" + UUID.randomUUID() + "/printed",
            "{\"printed\": true}");
    assertThat(unknownTicket.status()).as(unknownTicket.text()).isEqualTo(404);
    Http.Response drawn =
        kiosk("POST", snelloket, "/api/v1/kiosk/tickets", "{\"product\": \"waste-bags\"}");
    assertThat(drawn.status()).as(drawn.text()).isEqualTo(201);
    String id = (String) drawn.object().get("id");
    Http.Response badFault =
        kiosk(
            "POST",
            snelloket,
            "/api/v1/kiosk/tickets/" + id + "/printed",
            "{\"printed\": false, \"fault\": \"<script>\"}");
    assertThat(badFault.status()).as(badFault.text()).isEqualTo(400);
    Http.Response foreign =
        kiosk("POST", office, "/api/v1/kiosk/tickets/" + id + "/printed", "{\"printed\": true}");
    assertThat(foreign.status()).as("another kiosk's ticket: " + foreign.text()).isEqualTo(404);
    assertThat(usage(office)).isEmpty();
    assertThat(usage(snelloket)).isEmpty();
    Http.Response printed =
        kiosk("POST", snelloket, "/api/v1/kiosk/tickets/" + id + "/printed", "{\"printed\": true}");
    assertThat(printed.status()).as(printed.text()).isEqualTo(204);
    Http.Response again =
        kiosk("POST", snelloket, "/api/v1/kiosk/tickets/" + id + "/printed", "{\"printed\": true}");
    assertThat(again.status()).as(again.text()).isEqualTo(404);
    assertThat(usage(snelloket)).extracting(e -> e.get("kind")).containsExactly("TICKET_PRINTED");
  }

  @Test
  void theKioskScreenOffersTicketsWithoutACardAndSaysTheNumber() throws Exception {
    String key = KiosksEndToEndTest.register(http, SNELLOKET);
    CityKioskClient city = city(key);
    TestPki pki =
        TestPki.loadOrGenerate(
            Files.createTempDirectory("kiosk-screen-tickets").resolve("pki.p12"), "Screen");
    VirtualTerminal terminal = new VirtualTerminal("Virtual eID reader");
    CardReader reader =
        PcscCardReader.first(
                VirtualSmartcardProvider.factory(terminal),
                "",
                new EidTrust(List.of(pki.root().certificate()), Clock.systemUTC()))
            .orElseThrow();
    try (IppPrinterSimulator a4 = IppPrinterSimulator.start(0, 20);
        KioskScreen screen =
            KioskScreenProgram.onVirtualCard(
                terminal,
                pki,
                reader,
                new IppDocumentPrinter(
                    a4.uri(), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5)),
                new TicketDispenser(city, printer()),
                city,
                Clock.systemUTC(),
                SNELLOKET)) {
      Map<String, Object> state = screenState(screen, "GET", "/api/state", null);
      for (int i = 0; i < 50 && ((List<?>) state.get("tickets")).isEmpty(); i++) {
        Thread.sleep(100); // the first heartbeat loads the city's ticket products
        state = screenState(screen, "GET", "/api/state", null);
      }
      assertThat(state.get("step")).isEqualTo("INSERT_CARD");
      assertThat(state.get("tickets").toString()).contains("waste-bags", "Huisvuilzakken kopen");

      state = screenState(screen, "POST", "/api/language", "{\"language\": \"en\"}");
      assertThat(state.get("tickets").toString()).contains("Buy waste bags");
      callEveryoneWaiting();
      state = screenState(screen, "POST", "/api/ticket", "{\"product\": \"waste-bags\"}");

      List<Map<String, Object>> waiting = waiting(SNELLOKET);
      assertThat(waiting).hasSize(1);
      Object number = waiting.get(0).get("number");
      assertThat(state.get("notice"))
          .isEqualTo(
              "Your number is "
                  + number
                  + ". Take your ticket and wait until your number is called.");
      assertThat(receipts.receipts())
          .singleElement()
          .satisfies(r -> assertThat(r.lines()).contains(String.valueOf(number), "Buy waste bags"));

      state = screenState(screen, "POST", "/api/ticket", "{\"product\": \"birth-declaration\"}");
      assertThat((String) state.get("notice")).startsWith("This cannot be done at this kiosk");
      assertThat(waiting(SNELLOKET)).hasSize(1);
    }
  }

  /** The kiosk screen's own JSON API, as its page calls it. */
  private static Map<String, Object> screenState(
      KioskScreen screen, String method, String path, String body) throws Exception {
    java.net.http.HttpResponse<String> answer =
        java.net.http.HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(screen.uri().resolve(path))
                    .header("Content-Type", "application/json")
                    .method(
                        method,
                        body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return be.loketopmaat.adapters.kiosk.city.Json.object(answer.body());
  }

  private CityKioskClient city(String key) {
    return new CityKioskClient(server.getURI(), key, Duration.ofSeconds(10));
  }

  private EscPosReceiptPrinter printer() {
    return new EscPosReceiptPrinter(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), receipts.port()),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2));
  }

  private Http.Response kiosk(String method, String key, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.getURI().resolve(path))
            .header("Accept-Language", "nl")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (key != null) {
      request.header("X-Kiosk-Key", key);
    }
    return http.send(request);
  }

  /** Staff put a kiosk terminal at the location, through the locations API. */
  private void withKioskTerminal(String code) {
    Http.Response current = http.get("/api/v1/locations/" + code);
    assertThat(current.status()).as(current.text()).isEqualTo(200);
    Map<String, Object> location = new HashMap<>(current.object());
    location.remove("offer");
    location.remove("exceptions");
    @SuppressWarnings("unchecked")
    List<Object> facilities = new ArrayList<>((List<Object>) location.get("facilities"));
    facilities.add("KIOSK_TERMINAL");
    location.put("facilities", facilities);
    try {
      Http.Response replaced =
          http.staff("PUT", "/api/v1/staff/locations/" + code, json.writeValueAsString(location));
      assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fast counter's desk calls whoever waits (the other tests' tickets). */
  private void callEveryoneWaiting() {
    for (int i = 0; i < 20; i++) {
      Http.Response called =
          http.staff(
              "POST", "/api/v1/staff/locations/" + SNELLOKET + "/desks/loket-a/call-next", null);
      if (called.status() == 204) {
        return;
      }
      assertThat(called.status()).as(called.text()).isEqualTo(200);
    }
  }

  private List<Map<String, Object>> waiting(String location) {
    Http.Response day =
        http.staff("GET", "/api/v1/staff/locations/" + location + "/day?date=" + monday, null);
    assertThat(day.status()).as(day.text()).isEqualTo(200);
    List<Map<String, Object>> tickets = day.list("waitingTickets");
    return tickets == null ? List.of() : tickets;
  }

  private List<Object> numbers(String location) {
    return waiting(location).stream().map(t -> t.get("number")).toList();
  }

  private List<Map<String, Object>> usage(String key) {
    String id = key.substring(0, key.indexOf('.'));
    Http.Response usage = http.staff("GET", "/api/v1/staff/kiosks/" + id + "/usage", null);
    assertThat(usage.status()).as(usage.text()).isEqualTo(200);
    List<Map<String, Object>> events = usage.list("events");
    return events == null ? List.of() : events;
  }

  private String kioskStatus(String key) {
    String id = key.substring(0, key.indexOf('.'));
    Http.Response list = http.staff("GET", "/api/v1/staff/kiosks", null);
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    return (String)
        list.list("kiosks").stream()
            .filter(k -> id.equals(k.get("id")))
            .findFirst()
            .orElseThrow()
            .get("status");
  }

  /** A Monday ahead on which the fast counter opens (not a public holiday). */
  private LocalDate nextOpenMonday() {
    LocalDate from =
        LocalDate.now(CityTime.ZONE).plusDays(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    List<Map<String, Object>> windows =
        http.get(
                "/api/v1/locations/"
                    + SNELLOKET
                    + "/calendar?from="
                    + from
                    + "&to="
                    + from.plusWeeks(8))
            .list("windows");
    return windows.stream()
        .map(w -> LocalDate.parse((String) w.get("date")))
        .filter(d -> d.getDayOfWeek() == DayOfWeek.MONDAY)
        .findFirst()
        .orElseThrow();
  }
}
