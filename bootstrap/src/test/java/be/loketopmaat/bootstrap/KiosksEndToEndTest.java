package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.kiosk.attest.KioskLanguage;
import be.loketopmaat.adapters.kiosk.city.CityKioskClient;
import be.loketopmaat.adapters.kiosk.city.CityRefusedException;
import be.loketopmaat.adapters.kiosk.eid.EidTrust;
import be.loketopmaat.adapters.kiosk.eid.PcscCardReader;
import be.loketopmaat.adapters.kiosk.hardware.CardReader;
import be.loketopmaat.adapters.kiosk.hardware.DocumentPrinter;
import be.loketopmaat.adapters.kiosk.hardware.EidSession;
import be.loketopmaat.adapters.kiosk.hardware.PinOutcome;
import be.loketopmaat.adapters.kiosk.hardware.PrintOutcome;
import be.loketopmaat.adapters.kiosk.hardware.PrinterState;
import be.loketopmaat.adapters.kiosk.hardware.SignOutcome;
import be.loketopmaat.adapters.kiosk.hardware.VerifiedCard;
import be.loketopmaat.adapters.kiosk.ipp.IppDocumentPrinter;
import be.loketopmaat.adapters.kiosk.ipp.IppPrinterSimulator;
import be.loketopmaat.adapters.kiosk.session.KioskSession;
import be.loketopmaat.adapters.kiosk.session.Notice;
import be.loketopmaat.adapters.kiosk.virtualcard.Citizen;
import be.loketopmaat.adapters.kiosk.virtualcard.Personas;
import be.loketopmaat.adapters.kiosk.virtualcard.TestPki;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualEidCard;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualSmartcardProvider;
import be.loketopmaat.adapters.kiosk.virtualcard.VirtualTerminal;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The kiosk against the city over real HTTP on PostgreSQL, with the virtual eID card (through the
 * PC/SC adapter) and the IPP printer simulator: card in, PIN, the city's session opened by the
 * card's signature over its challenge, a PIN/PUK request, an attest from the population register
 * (MAGDA's simulator) printed with a QR code that the public endpoint verifies; and the refusals: a
 * PIN blocked after three wrong tries opens nothing, a replayed challenge, a foreign signature, an
 * unknown or disabled kiosk, a card pulled out while a print fails leaves no valid attest.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KiosksEndToEndTest implements TestPropertyProvider {
  private static final String SITE = "zuil-bib-de-poort";

  /** MAGDA's simulated Antwerp resident, on a virtual card. */
  private static final String RESIDENT = "85073100328";

  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private Path pkiFile;
  private TestPki pki;

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;
  private VirtualTerminal terminal;
  private IppPrinterSimulator printer;
  private CardReader reader;
  private String key;

  @Override
  public Map<String, String> getProperties() {
    try {
      pkiFile = Files.createTempDirectory("kiosk-e2e").resolve("test-pki.p12");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    pki = TestPki.loadOrGenerate(pkiFile, "E2E");
    return properties(smtp, "e2e_kiosks", pkiFile);
  }

  /** The service with the federal simulators in {@code schema}, trusting the test PKI's root. */
  static Map<String, String> properties(GreenMail smtp, String schema, Path pkiFile) {
    Map<String, String> properties = DocumentsEndToEndTest.federalProperties(smtp, schema);
    properties.put("loket.kiosk.test-pki", pkiFile.toString());
    properties.put("loket.kiosk.pseudonym-key", "an end-to-end pseudonym key");
    return properties;
  }

  @AfterAll
  void stopServers() {
    smtp.stop();
  }

  @BeforeEach
  void kiosk() {
    http = new Http(server.getURI(), json);
    key = register(http, SITE);
    terminal = new VirtualTerminal("Virtual eID reader");
    reader =
        PcscCardReader.first(
                VirtualSmartcardProvider.factory(terminal),
                "",
                new EidTrust(List.of(pki.root().certificate()), Clock.systemUTC()))
            .orElseThrow();
    printer = IppPrinterSimulator.start(0, 20);
  }

  @AfterEach
  void stopPrinter() {
    printer.close();
  }

  @Test
  void cardInPinSignedSessionPinCodesAndAPrintedAttestWhoseQrCodeVerifies() throws Exception {
    CityKioskClient city = city();
    KioskSession session = session(city, ipp());
    city.heartbeat(PrinterState.READY);
    terminal.insert(VirtualEidCard.of(resident(), pki, false, 3));

    session.cardInserted();
    assertThat(session.step()).isEqualTo(KioskSession.Step.ENTER_PIN);
    session.enterPin("1234".toCharArray());
    assertThat(session.step()).isEqualTo(KioskSession.Step.CHOOSE);
    assertThat(city.inSession()).isTrue();

    assertThat(city.products())
        .extracting(p -> p.get("code"))
        .contains("attest-main-residence", "eid-pin-puk-request");
    Map<String, Object> codes =
        city.requestPinCodes("anna.peeters@example.be", null, "districtshuis-antwerpen");
    assertThat(codes.get("state")).isEqualTo("REQUESTED");
    assertThatThrownBy(
            () -> city.requestPinCodes("anna.peeters@example.be", null, "districtshuis-antwerpen"))
        .isInstanceOfSatisfying(
            CityRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo("codes-request-open"));
    // A kiosk site has no desks, so no queue: it prints no tickets, and says so.
    assertThat(city.ticketProducts()).isEmpty();
    assertThatThrownBy(() -> city.ticket("attest-main-residence"))
        .isInstanceOfSatisfying(
            CityRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo("kiosk-without-queue"));

    PrintOutcome printed = session.choose("attest:MAIN_RESIDENCE");

    assertThat(printed.printed()).as(printed.toString()).isTrue();
    assertThat(session.notice()).contains(Notice.PRINTED);
    assertThat(city.inSession()).isFalse();
    assertThat(printer.printed()).hasSize(1);
    String url = qrCode(printer.printed().get(0).pdf());
    assertThat(url)
        .startsWith(server.getURI().toString())
        .contains("/api/v1/attest-verifications/");
    Http.Response verified = http.get(url);
    assertThat(verified.status()).as(verified.text()).isEqualTo(200);
    assertThat(verified.object())
        .containsEntry("valid", true)
        .containsEntry("model", "MAIN_RESIDENCE")
        .containsEntry("issuedBy", "11002");
    assertThat(verified.text()).doesNotContain(RESIDENT).doesNotContain("Peeters");

    List<Map<String, Object>> log = usage();
    assertThat(log)
        .extracting(e -> e.get("kind"))
        .containsSubsequence(
            "SESSION_ENDED", "DOCUMENT_PRINTED", "PIN_CODES_REQUESTED", "SESSION_OPENED");
    assertThat(log.toString()).doesNotContain(RESIDENT);
    assertThat(kioskStatus()).isEqualTo("ONLINE");
    String month = java.time.YearMonth.now(be.loketopmaat.domain.calendar.CityTime.ZONE).toString();
    Http.Response evaluation =
        http.staff("GET", "/api/v1/staff/kiosks/evaluation?month=" + month, null);
    assertThat(evaluation.status()).as(evaluation.text()).isEqualTo(200);
    Map<String, Object> site =
        evaluation.list("sites").stream()
            .filter(s -> SITE.equals(s.get("site")))
            .findFirst()
            .orElseThrow();
    assertThat(((Number) site.get("sessions")).intValue()).isPositive();
    assertThat(site.get("documents").toString()).contains("MAIN_RESIDENCE");
    HttpResponse<byte[]> chart =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        server
                            .getURI()
                            .resolve("/api/v1/staff/kiosks/evaluation/chart.png?month=" + month))
                    .header("Authorization", "Bearer " + Http.STAFF_TOKEN)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(chart.statusCode()).isEqualTo(200);
    assertThat(chart.headers().firstValue("Content-Type")).contains("image/png");
    BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(chart.body()));
    assertThat(png.getWidth()).isEqualTo(1200);
    assertThat(png.getHeight()).isGreaterThan(200);
    assertThat(
            java.util.stream.IntStream.range(0, png.getWidth())
                .map(x -> png.getRGB(x, png.getHeight() / 2))
                .distinct()
                .count())
        .as("not blank")
        .isGreaterThan(1);
    printer.jam();
    city.heartbeat(PrinterState.JAMMED);
    assertThat(kioskStatus()).isEqualTo("JAMMED");
  }

  @Test
  void aPinWrongThreeTimesBlocksTheCardAndOpensNothing() {
    CityKioskClient city = city();
    KioskSession session = session(city, ipp());
    terminal.insert(VirtualEidCard.of(resident(), pki, false, 3));
    session.cardInserted();

    session.enterPin("0000".toCharArray());
    session.enterPin("0000".toCharArray());
    assertThat(session.notice()).contains(Notice.PIN_WRONG);
    session.enterPin("0000".toCharArray());

    assertThat(session.notice()).contains(Notice.PIN_BLOCKED);
    assertThat(session.step()).isEqualTo(KioskSession.Step.TAKE_CARD);
    assertThat(city.inSession()).isFalse();
    assertThat(usage()).extracting(e -> e.get("kind")).containsOnly("LOGIN_FAILED").hasSize(3);
    assertThat(usage()).extracting(e -> e.get("detail")).contains("PIN_WRONG", "PIN_BLOCKED");
  }

  @Test
  void aReplayedChallengeAForeignSignatureAnUnknownKioskAndADisabledOneOpenNothing()
      throws Exception {
    terminal.insert(VirtualEidCard.of(resident(), pki, false, 3));
    CardReader.Opening opening = reader.open();
    EidSession card = ((CardReader.Opening.Opened) opening).session();
    VerifiedCard verified = card.readVerified().orElseThrow();
    assertThat(card.verifyPin("1234".toCharArray())).isInstanceOf(PinOutcome.Accepted.class);

    Map<String, Object> challenge = kioskPost(key, "/api/v1/kiosk/challenges", "{}").object();
    String body = signedSession(card, verified, challenge, challenge);
    Http.Response opened = kioskPost(key, "/api/v1/kiosk/sessions", body);
    assertThat(opened.status()).as(opened.text()).isEqualTo(201);

    Http.Response replayed = kioskPost(key, "/api/v1/kiosk/sessions", body);
    assertThat(replayed.status()).as(replayed.text()).isEqualTo(401);
    assertThat(replayed.header("Content-Type")).startsWith("application/problem+json");

    Map<String, Object> fresh = kioskPost(key, "/api/v1/kiosk/challenges", "{}").object();
    Map<String, Object> other = kioskPost(key, "/api/v1/kiosk/challenges", "{}").object();
    Http.Response foreign =
        kioskPost(key, "/api/v1/kiosk/sessions", signedSession(card, verified, fresh, other));
    assertThat(foreign.status()).as(foreign.text()).isEqualTo(401);

    Http.Response unknown =
        kioskPost(UUID.randomUUID() + ".not-a-secret", "/api/v1/kiosk/challenges", "{}");
    assertThat(unknown.status()).as(unknown.text()).isEqualTo(401);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    Http.Response none = kioskPost(null, "/api/v1/kiosk/challenges", "{}");
    assertThat(none.status()).as(none.text()).isEqualTo(401);

    String id = key.substring(0, key.indexOf('.'));
    Http.Response disabled = http.staff("POST", "/api/v1/staff/kiosks/" + id + "/disable", null);
    assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);
    Http.Response refused = kioskPost(key, "/api/v1/kiosk/challenges", "{}");
    assertThat(refused.status()).as(refused.text()).isEqualTo(403);
    card.close();
  }

  @Test
  void aCardPulledOutWhileThePrintFailsLeavesNoValidAttestAndNoSession() throws Exception {
    CityKioskClient city = city();
    AtomicReference<String> verification = new AtomicReference<>();
    DocumentPrinter ipp = ipp();
    DocumentPrinter pulledMidPrint =
        new DocumentPrinter() {
          @Override
          public PrintOutcome print(Document document) {
            try {
              verification.set(qrCode(document.pdf()));
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            terminal.remove();
            printer.jamOnNextJob();
            return ipp.print(document);
          }

          @Override
          public PrinterState state() {
            return ipp.state();
          }
        };
    KioskSession session = session(city, pulledMidPrint);
    terminal.insert(VirtualEidCard.of(resident(), pki, false, 3));
    session.cardInserted();
    session.enterPin("1234".toCharArray());

    PrintOutcome outcome = session.choose("attest:LIFE");
    session.cardRemoved();

    assertThat(outcome.printed()).isFalse();
    assertThat(city.inSession()).isFalse();
    assertThat(session.step()).isEqualTo(KioskSession.Step.INSERT_CARD);
    assertThat(http.get(verification.get()).status()).isEqualTo(404);
    assertThat(usage())
        .extracting(e -> e.get("kind"))
        .contains("FAULT", "SESSION_ENDED")
        .doesNotContain("DOCUMENT_PRINTED");
  }

  @Test
  void theCitizensCivilStatusActsAreListedAndAnExtractPrintedWithTheCitysQrCodeVerifies()
      throws Exception {
    CityKioskClient city = city();
    KioskSession session = session(city, ipp());
    terminal.insert(VirtualEidCard.of(resident(), pki, false, 3));
    session.cardInserted();
    session.enterPin("1234".toCharArray());
    city.language(KioskLanguage.FR);

    // DABS's simulated acts of the resident: born and married in Antwerp.
    List<Map<String, Object>> acts = city.civilStatusActs();
    assertThat(acts).extracting(a -> a.get("kind")).containsExactly("BIRTH", "MARRIAGE");
    assertThat(acts.get(1))
        .containsEntry("name", "Extrait d'acte de mariage")
        .containsEntry("eventDate", "2012-06-16")
        .containsEntry("municipality", "11002");
    assertThat(acts.toString()).doesNotContain("Bram").doesNotContain("83041512334");
    String marriage = (String) acts.get(1).get("actNumber");

    // An act that is not the citizen's own gives nothing; the session goes on.
    PrintOutcome foreign = session.choose("extract:ACT-2026-999999");
    assertThat(foreign.printed()).isFalse();
    assertThat(session.step()).isEqualTo(KioskSession.Step.CHOOSE);
    assertThat(printer.printed()).isEmpty();

    PrintOutcome printed = session.choose("extract:" + marriage);

    assertThat(printed.printed()).as(printed.toString()).isTrue();
    assertThat(printer.printed()).hasSize(1);
    List<String> codes = qrCodes(printer.printed().get(0).pdf());
    assertThat(codes).as("the city's stamp and DABS's own seal").hasSize(2);
    String url =
        codes.stream()
            .filter(c -> c.contains("/api/v1/attest-verifications/"))
            .findFirst()
            .orElseThrow();
    assertThat(url).startsWith(server.getURI().toString());
    Http.Response verified = http.get(url);
    assertThat(verified.status()).as(verified.text()).isEqualTo(200);
    assertThat(verified.object())
        .containsEntry("valid", true)
        .containsEntry("model", "MARRIAGE_ACT_EXTRACT")
        .containsEntry("modelName", "Extract of a marriage act")
        .containsEntry("issuedBy", "11002");
    assertThat(verified.text()).doesNotContain(RESIDENT).doesNotContain("Peeters");
    assertThat(usage())
        .filteredOn(e -> "DOCUMENT_PRINTED".equals(e.get("kind")))
        .extracting(e -> e.get("detail"))
        .containsExactly("extract MARRIAGE_ACT_EXTRACT");
    assertThat(city.inSession()).isFalse();
    Http.Response noSession =
        kioskPost(
            key, "/api/v1/kiosk/civil-status-extracts", "{\"actNumber\": \"" + marriage + "\"}");
    assertThat(noSession.status()).as(noSession.text()).isEqualTo(401);
    assertThat(noSession.header("Content-Type")).startsWith("application/problem+json");
  }

  /** Every QR code on the first page of a printed PDF, decoded from the rendered page. */
  static List<String> qrCodes(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      renderer.setRenderingHints(
          new java.awt.RenderingHints(
              java.awt.RenderingHints.KEY_ANTIALIASING,
              java.awt.RenderingHints.VALUE_ANTIALIAS_OFF));
      BufferedImage image = renderer.renderImageWithDPI(0, 300, ImageType.RGB);
      Path dir = Files.createDirectories(Path.of("target", "test-artifacts"));
      javax.imageio.ImageIO.write(image, "png", dir.resolve("kiosk-extract.png").toFile());
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      com.google.zxing.Result[] results =
          new com.google.zxing.multi.qrcode.QRCodeMultiReader()
              .decodeMultiple(
                  new BinaryBitmap(
                      new HybridBinarizer(
                          new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                  java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE));
      return java.util.Arrays.stream(results).map(com.google.zxing.Result::getText).toList();
    }
  }

  /** Registers a kiosk of its own at {@code site}: its credential. */
  static String register(Http http, String site) {
    Http.Response registered =
        http.staff(
            "POST",
            "/api/v1/staff/kiosks",
            "{\"location\": \"" + site + "\", \"name\": \"Zuil " + UUID.randomUUID() + "\"}");
    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    return (String) registered.object().get("secret");
  }

  private CityKioskClient city() {
    return new CityKioskClient(server.getURI(), key, Duration.ofSeconds(10));
  }

  private KioskSession session(CityKioskClient city, DocumentPrinter documents) {
    return new KioskSession(reader, documents, city, Clock.systemUTC(), Duration.ofMinutes(2));
  }

  private DocumentPrinter ipp() {
    return new IppDocumentPrinter(
        printer.uri(), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  private static Citizen resident() {
    return Personas.registerResident();
  }

  /** A session's body: the card signs {@code signed}'s bytes, the body names {@code named}. */
  private static String signedSession(
      EidSession card, VerifiedCard verified, Map<String, Object> named, Map<String, Object> signed)
      throws CertificateEncodingException {
    SignOutcome signature =
        card.signChallenge(Base64.getDecoder().decode((String) signed.get("challenge")));
    Base64.Encoder base64 = Base64.getEncoder();
    return """
        {"challenge": "%s", "signature": "%s", "certificates": ["%s", "%s", "%s"]}"""
        .formatted(
            named.get("id"),
            base64.encodeToString(((SignOutcome.Signed) signature).signature()),
            base64.encodeToString(verified.certificates().authentication().getEncoded()),
            base64.encodeToString(verified.certificates().citizenCa().getEncoded()),
            base64.encodeToString(verified.certificates().root().getEncoded()));
  }

  private Http.Response kioskPost(String credential, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.getURI().resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (credential != null) {
      request.header("X-Kiosk-Key", credential);
    }
    return http.send(request);
  }

  private List<Map<String, Object>> usage() {
    String id = key.substring(0, key.indexOf('.'));
    Http.Response usage = http.staff("GET", "/api/v1/staff/kiosks/" + id + "/usage", null);
    assertThat(usage.status()).as(usage.text()).isEqualTo(200);
    return usage.list("events");
  }

  private String kioskStatus() {
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

  /** The QR code on the first page of a printed PDF, decoded from the rendered page. */
  static String qrCode(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Crisp modules (no anti-aliasing, 300 DPI): a grey module edge can fail the checksum.
      PDFRenderer renderer = new PDFRenderer(document);
      renderer.setRenderingHints(
          new java.awt.RenderingHints(
              java.awt.RenderingHints.KEY_ANTIALIASING,
              java.awt.RenderingHints.VALUE_ANTIALIAS_OFF));
      BufferedImage image = renderer.renderImageWithDPI(0, 300, ImageType.RGB);
      Path dir = Path.of("target", "test-artifacts");
      Files.createDirectories(dir);
      javax.imageio.ImageIO.write(image, "png", dir.resolve("kiosk-attest.png").toFile());
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(
                  new HybridBinarizer(
                      new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
              java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    }
  }
}
