package be.loketopmaat.bootstrap;

import static be.loketopmaat.bootstrap.DocumentsEndToEndTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.federal.simulator.CitizenMailboxSimulator;
import be.loketopmaat.adapters.federal.simulator.MagdaPersonas;
import be.loketopmaat.adapters.federal.simulator.MagdaSimulator;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.population.NisCode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Attests delivered automatically over real HTTP on PostgreSQL, with the real adapters talking to
 * the MAGDA and eBox simulators: the e-counter asks with its key, and the attest is found in the
 * simulated eBox; a citizen without consent lands in the post queue, printed by staff; a person
 * living elsewhere is referred with the reason; and the eBox down in the middle of a stream of
 * requests loses nothing and delivers every attest exactly once when it is back.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttestsEndToEndTest implements TestPropertyProvider {
  private static final String MAILBOX_KEY = "e2e-ebox-key";
  private static final String COUNTER_KEY = "e2e-e-counter-key";
  private static final String PATH = "/api/v1/e-counter/attest-requests";

  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private final MagdaSimulator magda = MagdaSimulator.start(0, Clock.systemUTC());
  private final CitizenMailboxSimulator ebox = CitizenMailboxSimulator.start(0);

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject RegisterReads reads;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    ebox.addPartner(NisCode.ANTWERP, MAILBOX_KEY);
    Map<String, String> properties = DocumentsEndToEndTest.federalProperties(smtp, "e2e_attests");
    properties.put("loket.federal.magda.url", magda.baseUri().toString());
    properties.put("loket.federal.magda.request-timeout", "2s");
    properties.put("loket.federal.ebox.url", ebox.baseUri().toString());
    properties.put("loket.federal.ebox.api-key", MAILBOX_KEY);
    properties.put("loket.federal.ebox.request-timeout", "2s");
    properties.put("loket.e-counter.api-key", COUNTER_KEY);
    return properties;
  }

  @AfterAll
  void stopServers() {
    smtp.stop();
    magda.close();
    ebox.close();
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
  }

  @Test
  void anAttestRequestedOnTheECounterIsFoundInTheCitizensEbox() throws Exception {
    NationalNumber jan = MagdaPersonas.ANTWERP_RESIDENT;
    ebox.consent(jan.digits(), true);
    int before = ebox.messagesFor(jan.digits()).size();

    Http.Response requested = request(jan, "household-composition", "nl");
    assertThat(requested.status()).as(requested.text()).isEqualTo(201);
    assertThat(requested.object().get("state")).isEqualTo("RECEIVED");
    String id = (String) requested.object().get("id");

    await(() -> "DELIVERED".equals(attest(id).get("state")), "the attest reaches the eBox");
    List<CitizenMailboxSimulator.Received> messages = ebox.messagesFor(jan.digits());
    assertThat(messages).hasSize(before + 1);
    CitizenMailboxSimulator.Received message = messages.get(messages.size() - 1);
    assertThat(message.messageId()).isEqualTo(attest(id).get("mailboxMessageId"));
    assertThat(message.subject()).isEqualTo("Uw attest: Bewijs van gezinssamenstelling");
    assertThat(message.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.mediaType()).isEqualTo("application/pdf");
              assertThat(new String(d.content(), 0, 5, StandardCharsets.US_ASCII))
                  .isEqualTo("%PDF-");
            });
    assertThat(reads.of(jan, 50))
        .filteredOn(r -> id.equals(r.reference()))
        .hasSize(2)
        .allSatisfy(
            r -> {
              assertThat(r.purpose()).isEqualTo("attest delivery");
              assertThat(r.by()).isEqualTo("e-counter");
            });
    // Nothing for staff: not in the post queue, not in the work queue.
    assertThat(queue("post-queue")).doesNotContain(id);
    assertThat(queue("work-queue")).doesNotContain(id);
  }

  @Test
  void aCitizenWithoutConsentLandsInThePostQueueAndThePdfIsGoneOncePrinted() throws Exception {
    NationalNumber daan = MagdaPersonas.ANTWERP_FOREIGN_NATIONAL;
    Http.Response requested = request(daan, "NATIONALITY", "fr");
    assertThat(requested.status()).as(requested.text()).isEqualTo(201);
    String id = (String) requested.object().get("id");

    await(() -> "POSTED".equals(attest(id).get("state")), "the attest goes to the post queue");
    assertThat(ebox.messagesFor(daan.digits())).isEmpty();
    assertThat(queue("post-queue")).contains(id);
    Http.Response pdf = http.staff("GET", "/api/v1/staff/attest-requests/" + id + "/pdf", null);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.text()).startsWith("%PDF-");

    Http.Response printed =
        http.staff("POST", "/api/v1/staff/attest-requests/" + id + "/printed", null);
    assertThat(printed.status()).as(printed.text()).isEqualTo(200);
    assertThat(printed.object().get("state")).isEqualTo("PRINTED");
    assertThat(queue("post-queue")).doesNotContain(id);
    Http.Response gone = http.staff("GET", "/api/v1/staff/attest-requests/" + id + "/pdf", null);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.contentType()).startsWith("application/problem+json");
    Http.Response again =
        http.staff("POST", "/api/v1/staff/attest-requests/" + id + "/printed", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.object().get("reason")).isEqualTo("attest-not-in-post-queue");
  }

  @Test
  void aPersonNotLivingInTheCityIsReferredToStaffWithTheReason() throws Exception {
    NationalNumber pieter = MagdaPersonas.LEUVEN_RESIDENT;
    ebox.consent(pieter.digits(), true);
    int asked = magda.received().size();
    Http.Response requested = request(pieter, "main-residence", "nl");
    String id = (String) requested.object().get("id");

    await(() -> "REFERRED".equals(attest(id).get("state")), "the request goes to staff");
    assertThat(attest(id).get("reason")).isEqualTo("NOT_REGISTERED_IN_CITY");
    assertThat(ebox.messagesFor(pieter.digits())).isEmpty();
    // Only the person was read: no attest was made for someone the city does not register.
    assertThat(magda.received().subList(asked, magda.received().size()))
        .extracting(MagdaSimulator.ReceivedRequest::service)
        .containsExactly("GeefPersoon");
    assertThat(queue("work-queue")).contains(id);

    Http.Response resolved =
        http.staff(
            "POST",
            "/api/v1/staff/attest-requests/" + id + "/resolve",
            """
            {"note": "Told the citizen to ask Leuven"}""");
    assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
    assertThat(resolved.object().get("state")).isEqualTo("RESOLVED");
    assertThat(queue("work-queue")).doesNotContain(id);
  }

  @Test
  void theEboxDownInTheMiddleOfAStreamLosesNothingAndDeliversEachAttestOnce() throws Exception {
    List<NationalNumber> family =
        List.of(
            MagdaPersonas.ANTWERP_RESIDENT,
            MagdaPersonas.ANTWERP_PARTNER,
            MagdaPersonas.ANTWERP_CHILD,
            MagdaPersonas.ANTWERP_YOUNGEST);
    family.forEach(p -> ebox.consent(p.digits(), true));
    String[] models = {"household-composition", "main-residence", "life", "nationality"};
    int published = ebox.publications();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      if (i == 8) {
        ebox.goDown();
      }
      Http.Response requested = request(family.get(i % 4), models[i / 6], "nl");
      assertThat(requested.status()).as(requested.text()).isEqualTo(201);
      ids.add((String) requested.object().get("id"));
    }
    await(this::aDeliveryFailedOnTheEbox, "a delivery meets the eBox down and is kept");
    assertThat(ids.subList(8, 24))
        .allSatisfy(id -> assertThat(attest(id).get("state")).isEqualTo("RECEIVED"));
    ebox.comeBack();

    await(
        () -> ids.stream().allMatch(id -> "DELIVERED".equals(attest(id).get("state"))),
        "every attest is delivered once the eBox is back");
    assertThat(ebox.publications() - published).isEqualTo(24);
    List<String> messageIds =
        ids.stream().map(id -> (String) attest(id).get("mailboxMessageId")).toList();
    assertThat(messageIds).doesNotHaveDuplicates().doesNotContainNull();
    List<String> inTheEboxes =
        family.stream()
            .flatMap(member -> ebox.messagesFor(member.digits()).stream())
            .map(CitizenMailboxSimulator.Received::messageId)
            .filter(messageIds::contains)
            .toList();
    assertThat(inTheEboxes).hasSize(24).doesNotHaveDuplicates();
  }

  @Test
  void badInputIsAProblemAndNothingIsStored() {
    int asked = magda.received().size();
    Http.Response wrongNumber =
        http.postJson(
            PATH,
            Map.of("insz", "85073100329", "model", "LIFE", "language", "nl"),
            "X-Api-Key",
            COUNTER_KEY);
    Http.Response wrongModel =
        http.postJson(
            PATH,
            Map.of(
                "insz",
                MagdaPersonas.ANTWERP_RESIDENT.digits(),
                "model",
                "passport",
                "language",
                "en"),
            "X-Api-Key",
            COUNTER_KEY);
    Http.Response noKey =
        http.postJson(
            PATH,
            Map.of(
                "insz",
                MagdaPersonas.ANTWERP_RESIDENT.digits(),
                "model",
                "LIFE",
                "language",
                "nl"));
    Http.Response staffToken =
        http.staff(
            "POST",
            PATH,
            """
            {"insz": "85073100328", "model": "LIFE", "language": "nl"}""");
    Http.Response unknown =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    server.getURI().resolve(PATH + "/" + java.util.UUID.randomUUID()))
                .header("X-Api-Key", COUNTER_KEY)
                .GET());

    assertThat(wrongNumber.status()).as(wrongNumber.text()).isEqualTo(400);
    assertThat(wrongNumber.text()).contains("insz");
    assertThat(wrongModel.status()).as(wrongModel.text()).isEqualTo(400);
    assertThat(wrongModel.text()).contains("model", "language");
    assertThat(noKey.status()).isEqualTo(401);
    assertThat(staffToken.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(404);
    for (Http.Response problem : List.of(wrongNumber, wrongModel, noKey, staffToken, unknown)) {
      assertThat(problem.contentType()).startsWith("application/problem+json");
    }
    assertThat(magda.received()).hasSize(asked);
  }

  /** Whether a queued delivery has an attempt behind it that failed (the eBox is down). */
  private boolean aDeliveryFailedOnTheEbox() {
    return http
        .staff("GET", "/api/v1/staff/federal-calls?status=QUEUED&limit=500", null)
        .list()
        .stream()
        .anyMatch(c -> "DELIVER_ATTEST".equals(c.get("call")) && c.get("lastError") != null);
  }

  private Http.Response request(NationalNumber insz, String model, String language) {
    return http.postJson(
        PATH,
        Map.of("insz", insz.digits(), "model", model, "language", language),
        "X-Api-Key",
        COUNTER_KEY);
  }

  private Map<String, Object> attest(String id) {
    Http.Response response =
        http.send(
            java.net.http.HttpRequest.newBuilder(server.getURI().resolve(PATH + "/" + id))
                .header("X-Api-Key", COUNTER_KEY)
                .GET());
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.object();
  }

  private List<Object> queue(String which) {
    Http.Response response =
        http.staff("GET", "/api/v1/staff/attest-requests/" + which + "?limit=500", null);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.list("requests").stream().map(r -> r.get("id")).toList();
  }
}
