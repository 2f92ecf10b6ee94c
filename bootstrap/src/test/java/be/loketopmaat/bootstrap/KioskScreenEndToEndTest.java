package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.kiosk.KioskScreenProgram;
import be.loketopmaat.adapters.kiosk.city.CityKioskClient;
import be.loketopmaat.adapters.kiosk.eid.EidTrust;
import be.loketopmaat.adapters.kiosk.eid.PcscCardReader;
import be.loketopmaat.adapters.kiosk.hardware.CardReader;
import be.loketopmaat.adapters.kiosk.hardware.DocumentPrinter;
import be.loketopmaat.adapters.kiosk.ipp.IppDocumentPrinter;
import be.loketopmaat.adapters.kiosk.ipp.IppPrinterSimulator;
import be.loketopmaat.adapters.kiosk.screen.KioskScreen;
import be.loketopmaat.adapters.kiosk.virtualcard.TestPki;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualSmartcardProvider;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualTerminal;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The kiosk's touch screen in real headless Chromium, over the DevTools protocol: the service on
 * PostgreSQL, the kiosk program's screen with the virtual eID card (through the PC/SC adapter) and
 * the IPP printer simulator. Card in, the PIN tapped on the on-screen keypad, the language
 * switched, an attest chosen and printed (found in the printer, its QR code verified), card out:
 * the page is back at the start with nothing of the citizen. Screenshots are kept under {@code
 * target/kiosk-screenshots/}. Also: every button has an accessible name and the page its language;
 * a wrong PIN is said in the live region; PIN/PUK codes requested with a phone number tapped on the
 * keypad; an idle session times out (on a clock the test moves).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskScreenEndToEndTest implements TestPropertyProvider {
  private static final String SITE = "zuil-sporthal-t-rooi";
  private static final String RESIDENT = "85073100328";
  private static final Path SCREENSHOTS = Path.of("target", "kiosk-screenshots");

  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private final HttpClient client = HttpClient.newHttpClient();
  private TestPki pki;

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private VirtualTerminal terminal;
  private IppPrinterSimulator printer;
  private WalkInEndToEndTest.MovableClock clock;
  private KioskScreen screen;

  @Override
  public Map<String, String> getProperties() {
    Path pkiFile;
    try {
      pkiFile = Files.createTempDirectory("kiosk-screen-e2e").resolve("test-pki.p12");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pki = TestPki.loadOrGenerate(pkiFile, "Screen E2E");
    return KiosksEndToEndTest.properties(smtp, "e2e_kiosk_screen", pkiFile);
  }

  @AfterAll
  void stopServers() {
    smtp.stop();
  }

  @BeforeEach
  void kiosk() {
    String key = KiosksEndToEndTest.register(new Http(server.getURI(), json), SITE);
    terminal = new VirtualTerminal("Virtual eID reader");
    clock = new WalkInEndToEndTest.MovableClock();
    CardReader reader =
        PcscCardReader.first(
                VirtualSmartcardProvider.factory(terminal),
                "",
                new EidTrust(List.of(pki.root().certificate()), clock))
            .orElseThrow();
    printer = IppPrinterSimulator.start(0, 20);
    DocumentPrinter ipp =
        new IppDocumentPrinter(
            printer.uri(), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
    CityKioskClient city = new CityKioskClient(server.getURI(), key, Duration.ofSeconds(10));
    screen =
        KioskScreenProgram.onVirtualCard(
            terminal, pki, reader, ipp, city, clock, "districtshuis-antwerpen");
  }

  @AfterEach
  void stopKiosk() {
    screen.close();
    printer.close();
  }

  @Test
  void cardInPinOnTheKeypadAnAttestPrintedCardOutAndNothingOfTheCitizenLeft() throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start(1080, 1600)) {
      chromium.navigate(screen.uri());
      atStep(chromium, "INSERT_CARD");
      assertThat(chromium.text("document.documentElement.lang")).isEqualTo("nl");
      chromium.screenshot(SCREENSHOTS.resolve("1-insert-card.png"));

      simulator("insert", "{\"persona\": \"resident\"}");
      atStep(chromium, "ENTER_PIN");
      assertThat(chromium.text("document.activeElement.id")).isEqualTo("heading");
      for (String key : List.of("1", "2", "3", "4")) {
        chromium.tap("[data-key='" + key + "']");
      }
      assertThat(chromium.text("document.getElementById('entered').textContent")).isEqualTo("••••");
      chromium.screenshot(SCREENSHOTS.resolve("2-enter-pin.png"));
      chromium.tap("[data-key='ok']");

      atStep(chromium, "CHOOSE");
      assertThat(chromium.text("document.getElementById('greeting').textContent")).contains("Anna");
      assertThat(chromium.text("document.getElementById('content').innerText"))
          .contains("Attest van hoofdverblijfplaats");
      chromium.tap("#languages [data-language='fr']");
      chromium.waitUntil(
          "document.documentElement.lang === 'fr' && document.getElementById('content')"
              + ".innerText.includes('Certificat de résidence principale')");
      // The civil-status extract is one offer per act of the citizen's, as DABS lists them.
      chromium.waitUntil(
          "document.getElementById('content').innerText.includes("
              + "\"Extrait d'acte de mariage (2012-06-16)\")");
      assertThat(chromium.text("document.getElementById('content').innerText"))
          .contains("Extrait d'acte de naissance (1985-07-31)");
      chromium.screenshot(SCREENSHOTS.resolve("3-choose.png"));
      chromium.tap("[data-product='attest-main-residence']");

      atStep(chromium, "TAKE_CARD");
      chromium.waitUntil(
          "document.getElementById('status').textContent.includes('Votre document est imprimé')");
      assertThat(printer.printed()).hasSize(1);
      String url = KiosksEndToEndTest.qrCode(printer.printed().get(0).pdf());
      assertThat(url).contains("/api/v1/attest-verifications/");
      try (PDDocument pdf = Loader.loadPDF(printer.printed().get(0).pdf())) {
        // The register's attest in the language the citizen switched to after logging in.
        assertThat(new PDFTextStripper().getText(pdf))
            .contains("Certificat de résidence principale");
      }
      Http.Response verified = new Http(server.getURI(), json).get(url);
      assertThat(verified.object()).containsEntry("valid", true);
      byte[] png = chromium.screenshot(SCREENSHOTS.resolve("4-take-card.png"));
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image.getWidth()).isEqualTo(1080);

      simulator("remove", "{}");
      atStep(chromium, "INSERT_CARD");
      chromium.waitUntil("document.documentElement.lang === 'nl'");
      String page = chromium.text("document.documentElement.outerHTML");
      assertThat(page).doesNotContain("Anna").doesNotContain("Peeters").doesNotContain(RESIDENT);
      assertThat(page).doesNotContain("Certificat de résidence").doesNotContain("1234");
      chromium.screenshot(SCREENSHOTS.resolve("5-back-at-the-start.png"));
    }
    HttpResponse<String> state = get("api/state");
    assertThat(state.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(state.body()).contains("\"INSERT_CARD\"").doesNotContain("Anna");
    assertThat(get("").headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void everyButtonHasANameAWrongPinIsSaidPinCodesAreRequestedAndAnIdleSessionTimesOut()
      throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start(1080, 1600)) {
      chromium.navigate(screen.uri());
      simulator("insert", "{\"persona\": \"resident\"}");
      atStep(chromium, "ENTER_PIN");

      assertThat(everyButtonNamed(chromium)).hasSizeGreaterThanOrEqualTo(3 + 12 + 1);
      assertThat(chromium.text("document.documentElement.lang")).isEqualTo("nl");
      assertThat(
              chromium.evaluate(
                  "[...document.querySelectorAll('#languages button')].every(b => b.lang)"))
          .isEqualTo(true);
      assertThat(chromium.evaluate("document.getElementById('status').getAttribute('aria-live')"))
          .isEqualTo("polite");
      Object smallest =
          chromium.evaluate(
              "Math.min(...[...document.querySelectorAll('button')].map(b => {"
                  + " const r = b.getBoundingClientRect(); return Math.min(r.width, r.height); }))");
      assertThat(((Number) smallest).doubleValue()).isGreaterThanOrEqualTo(48);

      type(chromium, "9999");
      chromium.waitUntil(
          "document.getElementById('status').textContent.includes('Verkeerde pincode')");
      assertThat(chromium.text("document.getElementById('status').textContent")).contains("2");
      type(chromium, "1234");
      atStep(chromium, "CHOOSE");
      assertThat(everyButtonNamed(chromium)).hasSizeGreaterThan(3 + 5);

      chromium.tap("[data-product='eid-pin-puk-request']");
      atStep(chromium, "PHONE");
      type(chromium, "0470123456");
      atStep(chromium, "TAKE_CARD");
      chromium.waitUntil(
          "document.getElementById('status').textContent.includes('Uw aanvraag is geregistreerd')");
      simulator("remove", "{}");
      atStep(chromium, "INSERT_CARD");

      simulator("insert", "{\"persona\": \"resident\"}");
      atStep(chromium, "ENTER_PIN");
      clock.set(clock.instant().plus(Duration.ofMinutes(3)));
      atStep(chromium, "TAKE_CARD");
      chromium.waitUntil(
          "document.getElementById('status').textContent.includes('een tijd niets deed')");
      simulator("remove", "{}");
      atStep(chromium, "INSERT_CARD");
    }
  }

  /** The page's buttons in the accessibility tree, each of which must have a name. */
  private static List<HeadlessChromium.AxNode> everyButtonNamed(HeadlessChromium chromium) {
    List<HeadlessChromium.AxNode> buttons =
        chromium.accessibilityTree().stream()
            .filter(n -> !n.ignored() && "button".equals(n.role()))
            .toList();
    assertThat(buttons).allSatisfy(b -> assertThat(b.name()).as(b.toString()).isNotBlank());
    return buttons;
  }

  /** Taps the digits on the keypad, then OK. */
  private static void type(HeadlessChromium chromium, String digits) {
    for (char digit : digits.toCharArray()) {
      chromium.tap("[data-key='" + digit + "']");
    }
    chromium.tap("[data-key='ok']");
  }

  private static void atStep(HeadlessChromium chromium, String step) {
    chromium.waitUntil("document.body.dataset.step === '" + step + "'");
  }

  private void simulator(String action, String body) throws Exception {
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(screen.uri().resolve("simulator/" + action))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = screen.uri().resolve(path);
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
