package be.loketopmaat.bootstrap;

import static be.loketopmaat.bootstrap.DocumentsEndToEndTest.await;
import static be.loketopmaat.bootstrap.DocumentsEndToEndTest.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.federal.simulator.DocumentProductionSimulator;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A request for new PIN/PUK codes over real HTTP on PostgreSQL, with the real adapter talking to
 * the card production's simulator and the citizen told through a real SMTP server: the request at
 * the desk, its order, the letter's arrival about three weeks later, the citizen's mail and the
 * hand-over. And the two refusals: the city's own (a card is on its way to the citizen) and the
 * production's (an address change is pending there).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PinCodesEndToEndTest implements TestPropertyProvider {
  private static final String KEY = "e2e-belpic-codes-key";
  private static final String ANTWERPEN = "districtshuis-antwerpen";
  private static final AtomicLong CITIZENS = new AtomicLong(900_101_000L);

  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private final DocumentProductionSimulator production =
      DocumentProductionSimulator.start(0, Instant.now());

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    production.addPartner(NisCode.ANTWERP, KEY);
    Map<String, String> properties = DocumentsEndToEndTest.federalProperties(smtp, "e2e_pin_codes");
    properties.put("loket.federal.production.url", production.baseUri().toString());
    properties.put("loket.federal.production.api-key", KEY);
    properties.put("loket.federal.production.request-timeout", "2s");
    return properties;
  }

  @AfterAll
  void stopServers() {
    smtp.stop();
    production.close();
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
  }

  @Test
  void fromTheDeskToTheLetterInTheCitizensHandsInAboutThreeWeeks() throws Exception {
    String insz = nextInsz();
    Http.Response requested = request(insz, "lien.peeters@example.be", "nl", ANTWERPEN);
    assertThat(requested.status()).as(requested.text()).isEqualTo(201);
    assertThat(requested.object().get("state")).isEqualTo("REQUESTED");
    String id = (String) requested.object().get("id");

    await(() -> "ORDERED".equals(codes(id).get("state")), "the order reaches the production");
    assertThat(production.timesOrdered(UUID.fromString(id))).isEqualTo(1);
    assertThat((String) codes(id).get("productionNumber")).startsWith("PC");
    Http.Response twice = request(insz, "lien.peeters@example.be", "nl", ANTWERPEN);
    assertThat(twice.status()).as(twice.text()).isEqualTo(409);
    assertThat(twice.header("Content-Type")).startsWith("application/problem+json");
    assertThat(twice.object().get("reason")).isEqualTo("codes-request-open");

    production.advanceWorkingDays(14);
    await(() -> "DISPATCHED".equals(codes(id).get("state")), "the letter is on its way");
    production.advanceWorkingDays(1);
    await(() -> "ARRIVED".equals(codes(id).get("state")), "the letter arrives");

    Http.Response waiting =
        http.staff("GET", "/api/v1/staff/pin-codes?location=" + ANTWERPEN, null);
    assertThat(waiting.status()).as(waiting.text()).isEqualTo(200);
    assertThat(waiting.list("letters")).extracting(l -> l.get("id")).contains(id);
    await(
        () ->
            Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> recipient(m).equals("lien.peeters@example.be")),
        "the citizen is told");
    MimeMessage mail = DocumentsEndToEndTest.mailTo(smtp, "lien.peeters@example.be");
    assertThat(mail.getSubject()).isEqualTo("Uw nieuwe PIN- en PUK-codes liggen klaar");
    assertThat(TestMail.text(mail)).contains("Districtshuis Antwerpen", "identiteitskaart");

    Http.Response handed = http.staff("POST", "/api/v1/staff/pin-codes/" + id + "/hand-over", null);
    assertThat(handed.status()).as(handed.text()).isEqualTo(200);
    assertThat(handed.object().get("state")).isEqualTo("HANDED_OVER");
    Http.Response again = http.staff("POST", "/api/v1/staff/pin-codes/" + id + "/hand-over", null);
    assertThat(again.status()).as(again.text()).isEqualTo(409);
    assertThat(again.object().get("reason")).isEqualTo("not-in-safe");
    assertThat(production.timesOrdered(UUID.fromString(id))).isEqualTo(1);
  }

  @Test
  void aCardOnItsWayIsRefusedByTheCityAndNothingIsOrdered() throws Exception {
    String insz = nextInsz();
    Http.Response card =
        http.staff(
            "POST",
            "/api/v1/staff/documents",
            """
            {"kind": "EID", "product": "eid-application",
             "citizen": {"insz": "%s", "name": "Jan Claes", "email": "jan@example.be"},
             "appliedAt": "districtshuis-deurne", "pickupAt": "%s"}"""
                .formatted(insz, ANTWERPEN));
    assertThat(card.status()).as(card.text()).isEqualTo(201);
    long codeCalls = codeCalls();

    Http.Response refused = request(insz, "jan@example.be", "en", ANTWERPEN);

    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.object().get("reason")).isEqualTo("card-order-pending");
    assertThat((String) refused.object().get("detail")).contains("EID");
    assertThat(codeCalls()).isEqualTo(codeCalls);
    Http.Response noSafe = request(nextInsz(), "x@example.be", "nl", "buurtloket-groenenhoek");
    assertThat(noSafe.status()).as(noSafe.text()).isEqualTo(400);
    assertThat(noSafe.object().get("errors").toString()).contains("pickupAt");
    assertThat(codeCalls()).isEqualTo(codeCalls);
  }

  @Test
  void anAddressChangePendingAtTheProductionEndsTheRequestAndTellsTheCitizenWhy() throws Exception {
    String insz = nextInsz();
    production.addressChangePending(insz);
    Http.Response requested = request(insz, "marie.dubois@example.be", "fr", ANTWERPEN);
    assertThat(requested.status()).as(requested.text()).isEqualTo(201);
    String id = (String) requested.object().get("id");

    await(() -> "REFUSED".equals(codes(id).get("state")), "the production refuses it");
    assertThat((String) codes(id).get("endReason")).startsWith("ADDRESS_CHANGE_PENDING");
    assertThat(production.timesOrdered(UUID.fromString(id))).isZero();
    await(
        () ->
            Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> recipient(m).equals("marie.dubois@example.be")),
        "the citizen is told why");
    MimeMessage mail = DocumentsEndToEndTest.mailTo(smtp, "marie.dubois@example.be");
    assertThat(mail.getSubject()).contains("refusée");
    assertThat(TestMail.text(mail)).contains("changement d'adresse");
    Http.Response handOver =
        http.staff("POST", "/api/v1/staff/pin-codes/" + id + "/hand-over", null);
    assertThat(handOver.status()).as(handOver.text()).isEqualTo(409);
    assertThat(handOver.header("Content-Type")).startsWith("application/problem+json");
    assertThat(codes(id).get("state")).isEqualTo("REFUSED");

    // Once the address change is done, the citizen may ask again.
    production.addressChangeDone(insz);
    Http.Response anew = request(insz, "marie.dubois@example.be", "fr", ANTWERPEN);
    assertThat(anew.status()).as(anew.text()).isEqualTo(201);
    String second = (String) anew.object().get("id");
    await(() -> "ORDERED".equals(codes(second).get("state")), "the new order is taken");
  }

  private static String nextInsz() {
    return Http.insz(CITIZENS.incrementAndGet());
  }

  private Http.Response request(String insz, String email, String language, String pickupAt) {
    return http.staff(
        "POST",
        "/api/v1/staff/pin-codes",
        """
        {"citizen": {"insz": "%s", "name": "Lien Peeters", "email": "%s", "language": "%s"},
         "pickupAt": "%s"}"""
            .formatted(insz, email, language, pickupAt));
  }

  private Map<String, Object> codes(String id) {
    Http.Response response = http.staff("GET", "/api/v1/staff/pin-codes/" + id, null);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.object();
  }

  /** How many ORDER_CODES calls were queued or sent so far. */
  private long codeCalls() {
    long calls = 0;
    for (String status : List.of("QUEUED", "DONE", "FAILED")) {
      calls +=
          http
              .staff("GET", "/api/v1/staff/federal-calls?status=" + status + "&limit=500", null)
              .list()
              .stream()
              .filter(c -> "ORDER_CODES".equals(c.get("call")))
              .count();
    }
    return calls;
  }
}
