package be.loketopmaat.bootstrap;

import static be.loketopmaat.bootstrap.DocumentsEndToEndTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.federal.beldrive.BelDriveContract.State;
import be.loketopmaat.adapters.federal.simulator.DrivingLicenceSimulator;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.Contact;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.NisCode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A driving licence from BelDrive to the citizen's hands, over real HTTP on PostgreSQL, with the
 * real adapter following BelDrive's simulator over HTTP and the arrival told through a real SMTP
 * server: the application appears in BelDrive, staff see its order, the card is ready, the citizen
 * is mailed, staff hand it over and BelDrive learns of it exactly once, also when it was down at
 * that moment. Refused and cancelled applications end with BelDrive's word.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrivingLicencesEndToEndTest implements TestPropertyProvider {
  private static final String KEY = "e2e-beldrive-key";
  private static final LocationCode HUB = new LocationCode("districtshuis-antwerpen");
  private static final AtomicInteger CITIZENS = new AtomicInteger();

  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private final DrivingLicenceSimulator beldrive = DrivingLicenceSimulator.start(0, Instant.now());

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    beldrive.addPartner(NisCode.ANTWERP, KEY);
    Map<String, String> properties = DocumentsEndToEndTest.federalProperties(smtp, "e2e_licences");
    properties.put("loket.federal.simulator.speed", "0");
    properties.put("loket.federal.beldrive.url", beldrive.baseUri().toString());
    properties.put("loket.federal.beldrive.api-key", KEY);
    properties.put("loket.federal.beldrive.request-timeout", "2s");
    return properties;
  }

  @AfterAll
  void stopServers() {
    smtp.stop();
    beldrive.close();
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
  }

  @Test
  void aLicenceFromBelDriveThroughTheSafeToTheCitizensHandsReportedOnce() throws Exception {
    String id = applyInBelDrive("lea.claes@example.be");

    await(() -> found(id), "staff see the application BelDrive took");
    Map<String, Object> order = byNumber(id).object();
    assertThat(order.get("kind")).isEqualTo("DRIVING_LICENCE");
    assertThat(order.get("state")).isIn("RECORDED", "ORDERED");
    assertThat(order.get("pickupAt")).isEqualTo(HUB.value());
    String document = (String) order.get("id");

    beldrive.advanceWorkingDays(6);
    await(() -> "ARRIVED".equals(state(document)), "the card is ready in the safe");
    Http.Response safe =
        http.staff("GET", "/api/v1/staff/locations/districtshuis-antwerpen/safe", null);
    assertThat(safe.list("documents")).extracting(d -> d.get("id")).contains(document);
    await(() -> mailed("lea.claes@example.be"), "the citizen is told");
    MimeMessage mail = DocumentsEndToEndTest.mailTo(smtp, "lea.claes@example.be");
    assertThat(mail.getSubject()).startsWith("Votre document est prêt");
    assertThat(TestMail.text(mail))
        .contains("Districtshuis Antwerpen", "/api/v1/availability?pickupOf=" + document);

    // The citizen books the pickup from the link: the licence's own pickup step, where it lies.
    Http.Response slots = http.get("/api/v1/availability?pickupOf=" + document + "&limit=1");
    assertThat(slots.status()).as(slots.text()).isEqualTo(200);
    Map<String, Object> slot = slots.list("slots").get(0);
    assertThat(slot.get("location")).isEqualTo(HUB.value());
    Http.Response pickup =
        http.postJson(
            "/api/v1/appointments",
            Map.of(
                "pickupOf",
                document,
                "location",
                HUB.value(),
                "start",
                slot.get("start"),
                "citizen",
                Map.of(
                    "insz",
                    Http.insz(900_202_001L),
                    "name",
                    "Léa Claes",
                    "email",
                    "lea.claes@example.be")));
    assertThat(pickup.status()).as(pickup.text()).isEqualTo(201);
    assertThat(pickup.object().get("products")).isEqualTo(java.util.List.of("driving-licence"));

    Http.Response handed =
        http.staff("POST", "/api/v1/staff/documents/" + document + "/hand-over", null);
    assertThat(handed.status()).as(handed.text()).isEqualTo(200);
    assertThat(handed.object().get("state")).isEqualTo("HANDED_OVER");
    await(() -> beldrive.state(id) == State.DELIVERED, "BelDrive learns of the hand-over");
    Thread.sleep(1_000); // the worker and the feed run a few more times
    assertThat(beldrive.deliveriesReported(id)).isEqualTo(1);
    assertThat(state(document)).isEqualTo("HANDED_OVER");
  }

  @Test
  void aHandOverWhileBelDriveIsDownIsReportedOnceWhenItIsBack() throws Exception {
    String id = applyInBelDrive(null);
    beldrive.advanceWorkingDays(6);
    await(() -> found(id) && "ARRIVED".equals(byNumber(id).object().get("state")), "ready");
    String document = (String) byNumber(id).object().get("id");

    beldrive.goDown();
    Http.Response handed =
        http.staff("POST", "/api/v1/staff/documents/" + document + "/hand-over", null);
    assertThat(handed.status()).as(handed.text()).isEqualTo(200);
    Thread.sleep(1_500); // some attempts fail, the circuit opens
    assertThat(beldrive.deliveriesReported(id)).isZero();
    beldrive.comeBack();

    await(() -> beldrive.state(id) == State.DELIVERED, "reported once BelDrive is back");
    Thread.sleep(1_000);
    assertThat(beldrive.deliveriesReported(id)).isEqualTo(1);
    Http.Response failed = http.staff("GET", "/api/v1/staff/federal-calls?status=FAILED", null);
    assertThat(failed.list()).isEmpty();
  }

  @Test
  void refusedAndCancelledApplicationsEndWithBelDrivesWord() throws Exception {
    String refused = applyInBelDrive("r@example.be");
    String cancelled = applyInBelDrive("c@example.be");
    await(() -> found(refused) && found(cancelled), "both applications seen");

    beldrive.refuse(refused, "medical certificate missing");
    beldrive.cancel(cancelled);

    await(() -> "REFUSED".equals(byNumber(refused).object().get("state")), "refused");
    await(() -> "CANCELLED".equals(byNumber(cancelled).object().get("state")), "cancelled");
    assertThat(byNumber(refused).object().get("endReason"))
        .isEqualTo("medical certificate missing");
    String document = (String) byNumber(refused).object().get("id");
    Http.Response handed =
        http.staff("POST", "/api/v1/staff/documents/" + document + "/hand-over", null);
    assertThat(handed.status()).as(handed.text()).isEqualTo(409);
  }

  @Test
  void staffCannotTakeADrivingLicenceApplicationAtTheDesk() {
    Http.Response refused =
        http.staff(
            "POST",
            "/api/v1/staff/documents",
            """
            {"kind": "DRIVING_LICENCE", "product": "driving-licence",
             "citizen": {"insz": "85073100328", "name": "An Peeters", "email": "an@example.be"},
             "appliedAt": "districtshuis-antwerpen", "pickupAt": "districtshuis-antwerpen"}""");

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.text()).contains("BELDRIVE").contains("\"kind\"");
    Http.Response calls = http.staff("GET", "/api/v1/staff/federal-calls?status=QUEUED", null);
    assertThat(calls.list()).extracting(c -> c.get("call")).doesNotContain("ORDER_DOCUMENT");
  }

  private String applyInBelDrive(String email) {
    int n = CITIZENS.incrementAndGet();
    long first9 = 850_731_600L + n;
    NationalNumber holder = NationalNumber.of(String.format("%09d%02d", first9, 97 - first9 % 97));
    return beldrive.apply(
        NisCode.ANTWERP,
        holder,
        "Lea Claes",
        "B",
        HUB,
        email == null ? Contact.NONE : new Contact(email, null, Language.FR));
  }

  private Http.Response byNumber(String applicationId) {
    return http.staff(
        "GET", "/api/v1/staff/documents?kind=DRIVING_LICENCE&number=" + applicationId, null);
  }

  private boolean found(String applicationId) {
    return byNumber(applicationId).status() == 200;
  }

  private String state(String document) {
    return (String)
        http.staff("GET", "/api/v1/staff/documents/" + document, null).object().get("state");
  }

  private boolean mailed(String address) {
    try {
      DocumentsEndToEndTest.mailTo(smtp, address);
      return true;
    } catch (Exception | AssertionError none) {
      return false;
    }
  }
}
