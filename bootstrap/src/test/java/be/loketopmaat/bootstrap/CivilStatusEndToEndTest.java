package be.loketopmaat.bootstrap;

import static be.loketopmaat.bootstrap.DocumentsEndToEndTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.federal.simulator.CitizenMailboxSimulator;
import be.loketopmaat.adapters.federal.simulator.DabsSimulator;
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
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Civil-status declarations over real HTTP on PostgreSQL, with the real adapters talking to the
 * DABS and eBox simulators: a birth declared by a married couple on the e-counter is drafted in
 * DABS, signed by the officer over the staff API, and its extract found in the simulated eBox; a
 * birth that may not be electronic is refused with the legal reason and kept for the counter; bad
 * input is a problem that changes nothing; and DABS down in the middle loses nothing and delivers
 * once when it is back. Every test has citizens of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CivilStatusEndToEndTest implements TestPropertyProvider {
  private static final String DABS_KEY = "e2e-dabs-key";
  private static final String MAILBOX_KEY = "e2e-ebox-key";
  private static final String COUNTER_KEY = "e2e-e-counter-key";
  private static final String PATH = "/api/v1/e-counter/civil-status-declarations";
  private static final String STAFF = "/api/v1/staff/civil-status-declarations";
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private final DabsSimulator dabs = DabsSimulator.start(0, Clock.systemUTC());
  private final CitizenMailboxSimulator ebox = CitizenMailboxSimulator.start(0);

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject RegisterReads reads;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    dabs.addPartner(NisCode.ANTWERP, DABS_KEY);
    ebox.addPartner(NisCode.ANTWERP, MAILBOX_KEY);
    Map<String, String> properties =
        DocumentsEndToEndTest.federalProperties(smtp, "e2e_civil_status");
    properties.put("loket.federal.dabs.url", dabs.baseUri().toString());
    properties.put("loket.federal.dabs.api-key", DABS_KEY);
    properties.put("loket.federal.dabs.request-timeout", "2s");
    properties.put("loket.federal.ebox.url", ebox.baseUri().toString());
    properties.put("loket.federal.ebox.api-key", MAILBOX_KEY);
    properties.put("loket.federal.ebox.request-timeout", "2s");
    properties.put("loket.e-counter.api-key", COUNTER_KEY);
    return properties;
  }

  @AfterAll
  void stopServers() {
    smtp.stop();
    dabs.close();
    ebox.close();
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
  }

  /** A married couple of this test's own, as DABS holds them. */
  private record Couple(NationalNumber mother, NationalNumber spouse) {}

  private Couple married(long serial) {
    Couple couple =
        new Couple(
            NationalNumber.of(Http.insz(900_303_000L + serial)),
            NationalNumber.of(Http.insz(880_404_000L + serial)));
    dabs.marry(couple.mother(), couple.spouse());
    return couple;
  }

  private static Map<String, Object> birth(
      NationalNumber declarant,
      NationalNumber mother,
      NationalNumber other,
      String relation,
      String child) {
    return Map.of(
        "kind",
        "BIRTH",
        "declarant",
        declarant.digits(),
        "language",
        "nl",
        "persons",
        List.of(
            Map.of("role", "MOTHER", "insz", mother.digits(), "name", "Moeder " + child),
            Map.of("role", "OTHER_PARENT", "insz", other.digits(), "name", "Ouder " + child),
            Map.of("role", "CHILD", "name", child)),
        "relation",
        relation,
        "eventDate",
        LocalDate.now(Clock.systemUTC()).minusDays(3).toString());
  }

  private Http.Response declare(Map<String, Object> body) {
    return http.postJson(PATH, body, "X-Api-Key", COUNTER_KEY);
  }

  @Test
  void aBirthOfAMarriedCoupleIsDraftedSignedByTheOfficerAndItsExtractFoundInTheEbox()
      throws Exception {
    Couple couple = married(101);
    ebox.consent(couple.spouse().digits(), true);

    Http.Response declared =
        declare(
            birth(
                couple.spouse(),
                couple.mother(),
                couple.spouse(),
                "MARRIED_TO_MOTHER",
                "Lotte Peeters"));
    assertThat(declared.status()).as(declared.text()).isEqualTo(201);
    assertThat(declared.object().get("state")).isEqualTo("SUBMITTED");
    String id = (String) declared.object().get("id");

    await(() -> "DRAFTED".equals(declaration(id).get("state")), "the draft is made in DABS");
    assertThat(ids(staffList("DRAFTED"))).contains(id);
    String draftId = (String) declaration(id).get("draftId");
    assertThat(dabs.draft(draftId)).hasValueSatisfying(d -> assertThat(d.actNumber()).isNull());

    Http.Response signed = http.staff("POST", STAFF + "/" + id + "/sign", null);
    assertThat(signed.status()).as(signed.text()).isEqualTo(200);
    assertThat(signed.object().get("state")).isEqualTo("SIGNING");
    assertThat(signed.object().get("signedBy")).isEqualTo("shared-token");

    await(
        () -> "EXTRACT_DELIVERED".equals(declaration(id).get("state")),
        "the extract reaches the eBox");
    Map<String, Object> delivered = declaration(id);
    String act = (String) delivered.get("actNumber");
    assertThat(act).startsWith("ACT-");
    List<CitizenMailboxSimulator.Received> messages = ebox.messagesFor(couple.spouse().digits());
    assertThat(messages)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(delivered.get("mailboxMessageId"));
              assertThat(m.subject()).isEqualTo("Uw uittreksel: akte van geboorte");
              assertThat(m.documents())
                  .singleElement()
                  .satisfies(
                      d -> {
                        assertThat(d.mediaType()).isEqualTo("application/pdf");
                        assertThat(new String(d.content(), 0, 5, StandardCharsets.US_ASCII))
                            .isEqualTo("%PDF-");
                      });
            });
    assertThat(dabs.extractsWritten()).isPositive();
    assertThat(reads.of(couple.mother(), 50))
        .filteredOn(r -> id.equals(r.reference()))
        .singleElement()
        .satisfies(r -> assertThat(r.purpose()).isEqualTo("civil-status declaration"));
    assertThat(reads.of(couple.spouse(), 50))
        .filteredOn(r -> id.equals(r.reference()))
        .extracting(RegisterReads.Read::purpose)
        .containsExactlyInAnyOrder("civil-status declaration", "civil-status extract");

    Http.Response again = http.staff("POST", STAFF + "/" + id + "/sign", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.object().get("reason")).isEqualTo("declaration-not-drafted");
  }

  @Test
  void aBirthThatMayNotBeElectronicIsRefusedWithTheLegalReasonAndKeptForTheCounter() {
    NationalNumber mother = NationalNumber.of(Http.insz(950_505_201L));
    NationalNumber father = NationalNumber.of(Http.insz(870_606_201L));
    int drafts = dabs.drafts().size();

    Http.Response refused =
        http.send(
            HttpRequest.newBuilder(server.getURI().resolve(PATH))
                .header("X-Api-Key", COUNTER_KEY)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "fr")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        write(birth(mother, mother, father, "NONE", "Adam")))));

    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.object().get("reason")).isEqualTo("declaration-referred");
    String detail = (String) refused.object().get("detail");
    assertThat(detail).contains("reconnaissance prénatale", "guichet");
    Matcher id = ID.matcher(detail);
    assertThat(id.find()).as(detail).isTrue();
    assertThat(staffList("REFERRED"))
        .filteredOn(d -> id.group().equals(d.get("id")))
        .singleElement()
        .satisfies(d -> assertThat(d.get("reason")).isEqualTo("OTHER_PARENT_NOT_PRESUMED"));
    assertThat(dabs.drafts()).hasSize(drafts);
  }

  @Test
  void badInputIsAProblemAndChangesNothing() {
    Couple couple = married(202);
    int submitted = staffList("SUBMITTED").size();
    int referred = staffList("REFERRED").size();
    Map<String, Object> wrongNumber =
        Map.of(
            "kind",
            "BIRTH",
            "declarant",
            "85073100329",
            "language",
            "nl",
            "persons",
            List.of(Map.of("role", "MOTHER", "insz", couple.mother().digits(), "name", "M")));
    Map<String, Object> unknownKind =
        Map.of(
            "kind",
            "DIVORCE",
            "declarant",
            couple.mother().digits(),
            "language",
            "nl",
            "persons",
            List.of(Map.of("role", "SPOUSE", "insz", couple.mother().digits(), "name", "M")));
    Http.Response unknownRole =
        declare(
            Map.of(
                "kind",
                "MARRIAGE",
                "declarant",
                couple.mother().digits(),
                "language",
                "nl",
                "persons",
                List.of(Map.of("role", "WITNESS", "insz", couple.spouse().digits(), "name", "W"))));

    for (Http.Response problem : List.of(declare(wrongNumber), declare(unknownKind), unknownRole)) {
      assertThat(problem.status()).as(problem.text()).isEqualTo(400);
      assertThat(problem.contentType()).startsWith("application/problem+json");
    }
    assertThat(declare(wrongNumber).text()).contains("declarant");
    assertThat(declare(unknownKind).text()).contains("kind");
    assertThat(unknownRole.text()).contains("persons[0].role");
    Http.Response staffToken = http.staff("POST", PATH, write(unknownKind));
    assertThat(staffToken.status()).isEqualTo(401);
    assertThat(staffList("SUBMITTED")).hasSize(submitted);
    assertThat(staffList("REFERRED")).hasSize(referred);
  }

  @Test
  void dabsDownInTheMiddleLosesNothingAndDeliversOnceWhenItIsBack() throws Exception {
    Couple first = married(303);
    Couple second = married(304);
    ebox.consent(first.mother().digits(), true);
    String signedWhileDown =
        (String)
            declare(
                    birth(
                        first.mother(),
                        first.mother(),
                        first.spouse(),
                        "MARRIED_TO_MOTHER",
                        "Noor"))
                .object()
                .get("id");
    await(
        () -> "DRAFTED".equals(declaration(signedWhileDown).get("state")),
        "the first declaration is drafted");

    dabs.goDown();
    Http.Response signing = http.staff("POST", STAFF + "/" + signedWhileDown + "/sign", null);
    assertThat(signing.status()).as(signing.text()).isEqualTo(200);
    assertThat(signing.object().get("state")).isEqualTo("SIGNING");
    Http.Response declaredWhileDown =
        declare(
            birth(second.spouse(), second.mother(), second.spouse(), "MARRIED_TO_MOTHER", "Vic"));
    assertThat(declaredWhileDown.status()).as(declaredWhileDown.text()).isEqualTo(201);
    String draftedLater = (String) declaredWhileDown.object().get("id");
    await(this::aCallFailedOnDabs, "a call meets DABS down and is kept");
    assertThat(declaration(signedWhileDown).get("state")).isEqualTo("SIGNING");
    assertThat(declaration(draftedLater).get("state")).isEqualTo("SUBMITTED");

    dabs.comeBack();
    await(
        () ->
            "EXTRACT_DELIVERED".equals(declaration(signedWhileDown).get("state"))
                && "DRAFTED".equals(declaration(draftedLater).get("state")),
        "DABS back: the signature and the draft go through");
    assertThat(ebox.messagesFor(first.mother().digits())).hasSize(1);
    String draftId = (String) declaration(draftedLater).get("draftId");
    assertThat(dabs.drafts())
        .filteredOn(d -> d.declarant().equals(second.spouse().digits()))
        .singleElement()
        .satisfies(d -> assertThat(d.draftId()).isEqualTo(draftId));
  }

  /** Whether a queued civil-status call has an attempt behind it that failed (DABS is down). */
  private boolean aCallFailedOnDabs() {
    return http
        .staff("GET", "/api/v1/staff/federal-calls?status=QUEUED&limit=500", null)
        .list()
        .stream()
        .anyMatch(
            c ->
                List.of("CREATE_DRAFT_ACT", "SIGN_ACT").contains(c.get("call"))
                    && c.get("lastError") != null);
  }

  private String write(Object body) {
    try {
      return new String(json.writeValueAsBytes(body), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> declaration(String id) {
    Http.Response response =
        http.send(
            HttpRequest.newBuilder(server.getURI().resolve(PATH + "/" + id))
                .header("X-Api-Key", COUNTER_KEY)
                .GET());
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.object();
  }

  private List<Map<String, Object>> staffList(String state) {
    Http.Response response = http.staff("GET", STAFF + "?state=" + state + "&limit=500", null);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.list("declarations");
  }

  private static List<Object> ids(List<Map<String, Object>> declarations) {
    return declarations.stream().map(d -> d.get("id")).toList();
  }
}
