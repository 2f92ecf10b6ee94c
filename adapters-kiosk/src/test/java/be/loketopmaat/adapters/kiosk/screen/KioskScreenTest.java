package be.loketopmaat.adapters.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.kiosk.KioskScreenProgram;
import be.loketopmaat.adapters.kiosk.attest.KioskLanguage;
import be.loketopmaat.adapters.kiosk.city.CityKioskClient;
import be.loketopmaat.adapters.kiosk.eid.EidTrust;
import be.loketopmaat.adapters.kiosk.eid.PcscCardReader;
import be.loketopmaat.adapters.kiosk.hardware.CardReader;
import be.loketopmaat.adapters.kiosk.hardware.DocumentPrinter;
import be.loketopmaat.adapters.kiosk.hardware.EidAddress;
import be.loketopmaat.adapters.kiosk.ipp.IppDocumentPrinter;
import be.loketopmaat.adapters.kiosk.ipp.IppPrinterSimulator;
import be.loketopmaat.adapters.kiosk.virtualcard.TestPki;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualSmartcardProvider;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualTerminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The screen's local server over real HTTP, with the virtual card and the IPP simulator and a city
 * that cannot be reached: its guards (JSON only, its own Host, no simulator without one), the card
 * read locally with the language from its address, a refused sign-in that asks the card back, and
 * nothing of the citizen in the state after the card is out. Also the PIN read from the request's
 * bytes, the card's language and the catalogue's products as offers.
 */
class KioskScreenTest {
  private static TestPki pki;
  private final HttpClient http = HttpClient.newHttpClient();
  private IppPrinterSimulator printer;
  private KioskScreen screen;

  @BeforeAll
  static void keys() {
    pki = TestPki.generate("Screen");
  }

  @BeforeEach
  void start() {
    VirtualTerminal terminal = new VirtualTerminal("Virtual eID reader");
    CardReader reader =
        PcscCardReader.first(
                VirtualSmartcardProvider.factory(terminal),
                "",
                new EidTrust(List.of(pki.root().certificate()), Clock.systemUTC()))
            .orElseThrow();
    printer = IppPrinterSimulator.start(0, 5);
    DocumentPrinter ipp =
        new IppDocumentPrinter(
            printer.uri(), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
    // Nothing listens on the discard port: the city cannot be reached.
    CityKioskClient city =
        new CityKioskClient(
            URI.create("http://127.0.0.1:9/"), "kiosk.secret", Duration.ofSeconds(2));
    screen =
        KioskScreenProgram.onVirtualCard(
            terminal, pki, reader, ipp, city, Clock.systemUTC(), "districtshuis-antwerpen");
  }

  @AfterEach
  void stop() {
    screen.close();
    printer.close();
  }

  @Test
  void theCardIsReadHereTheCitysRefusalAsksItBackAndNothingStaysAfterIt() throws Exception {
    HttpResponse<String> start = get("api/state");
    assertThat(start.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(start.body()).contains("\"step\": \"INSERT_CARD\"", "\"greeting\": null");

    HttpResponse<String> inserted = post("simulator/insert", "{\"persona\": \"resident\"}");
    assertThat(inserted.body()).contains("\"step\": \"ENTER_PIN\"", "\"language\": \"nl\"");

    HttpResponse<String> signedIn = post("api/pin", "{\"pin\": \"1234\"}");
    assertThat(signedIn.body())
        .contains("\"step\": \"TAKE_CARD\"", "Deze kaart wordt niet aanvaard")
        .doesNotContain("Anna");

    HttpResponse<String> removed = post("simulator/remove", "{}");
    assertThat(removed.body()).contains("\"step\": \"INSERT_CARD\"", "\"products\": []");
    assertThat(removed.body()).doesNotContain("Anna").doesNotContain("Peeters");
    assertThat(printer.printed()).isEmpty();
  }

  @Test
  void onlyJsonFromThisKiosksOwnAddressIsTaken() throws Exception {
    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(screen.uri().resolve("api/pin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("pin=1234"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(form.statusCode()).isEqualTo(415);
    assertThat(post("api/language", "{\"language\": \"de\"}").statusCode()).isEqualTo(400);
    assertThat(post("api/language", "not json").statusCode()).isEqualTo(400);
    assertThat(post("api/language", "{\"language\": \"fr\"}").body())
        .contains("\"language\": \"fr\"");
    assertThat(get("nothing-here").statusCode()).isEqualTo(404);
    assertThat(get("").body()).contains("<html lang=\"nl\">", "aria-live=\"polite\"");

    try (Socket socket = new Socket("127.0.0.1", screen.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          "GET /api/state HTTP/1.1\r\nHost: kiosk.evil.example\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(status).isEqualTo("HTTP/1.1 421");
    }
  }

  @Test
  void thePinIsTakenFromTheBytesAsDigitsOnly() {
    assertThat(KioskScreen.Pin.from(bytes("{\"pin\": \"1234\"}")))
        .containsExactly('1', '2', '3', '4');
    assertThat(KioskScreen.Pin.from(bytes("{\"pin\":\"987654\"}"))).hasSize(6);
    assertThat(KioskScreen.Pin.from(bytes("{\"pin\": 1234}"))).isEmpty();
    assertThat(KioskScreen.Pin.from(bytes("{\"pin\": \"12a4\"}"))).isEmpty();
    assertThat(KioskScreen.Pin.from(bytes("{\"pin\": \"1234"))).isEmpty();
    assertThat(KioskScreen.Pin.from(bytes("{}"))).isEmpty();
  }

  @Test
  void theScreenStartsInTheLanguageOfTheCardsRegion() {
    assertThat(CardLanguage.of(new EidAddress("Grote Markt 1", "2000", "Antwerpen")))
        .isEqualTo(KioskLanguage.NL);
    assertThat(CardLanguage.of(new EidAddress("Place Saint-Lambert 1", "4000", "Liège")))
        .isEqualTo(KioskLanguage.FR);
    assertThat(CardLanguage.of(new EidAddress("Grand-Place 1", "1300", "Wavre")))
        .isEqualTo(KioskLanguage.FR);
    assertThat(CardLanguage.of(new EidAddress("Grote Markt 1", "1000", "Brussel")))
        .isEqualTo(KioskLanguage.NL);
    assertThat(CardLanguage.of(new EidAddress("Markt 1", "8000", "Brugge")))
        .isEqualTo(KioskLanguage.NL);
    assertThat(CardLanguage.of(new EidAddress("Street 1", "L-1234", "Luxembourg")))
        .isEqualTo(KioskLanguage.NL);
  }

  @Test
  void theCataloguesKioskProductsBecomeWhatTheKioskDoes() {
    assertThat(Offer.of(Map.of("code", "attest-register-extract", "name", "Uittreksel")))
        .isEqualTo(
            new Offer(
                "attest-register-extract",
                "Uittreksel",
                Offer.Action.PRINT,
                "attest:EXTRACT_FROM_REGISTERS"));
    assertThat(Offer.of(Map.of("code", "eid-pin-puk-request", "name", "PIN")).action())
        .isEqualTo(Offer.Action.REQUEST);
    assertThat(Offer.of(Map.of("code", "civil-status-extract", "name", "Akte")).action())
        .isEqualTo(Offer.Action.UNAVAILABLE);
    Offer act =
        Offer.ofAct(
            Map.of(
                "actNumber", "ACT-2019-R00002",
                "name", "Uittreksel uit de huwelijksakte",
                "eventDate", "2012-06-16"));
    assertThat(act.action()).isEqualTo(Offer.Action.PRINT);
    assertThat(act.choice()).isEqualTo("extract:ACT-2019-R00002");
    assertThat(act.name()).isEqualTo("Uittreksel uit de huwelijksakte (2012-06-16)");
    assertThat(act.code()).isEqualTo("civil-status-extract:ACT-2019-R00002");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(screen.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(screen.uri().resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
