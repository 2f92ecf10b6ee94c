package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.messaging.sms.SmsGatewaySimulator;
import be.loketopmaat.domain.calendar.CityTime;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Booking confirmations really go out: over real HTTP on PostgreSQL, through the outbox and its
 * sender, to a real SMTP server (GreenMail) and to the SMS gateway simulator over HTTP, read back
 * in each citizen's language.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessagesEndToEndTest implements TestPropertyProvider {
  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private final SmsGatewaySimulator gateway = SmsGatewaySimulator.start("e2e-sms-key");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    smtp.start();
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres("e2e_mail"));
    properties.put("loket.city", "antwerp");
    properties.put("loket.staff.token", Http.STAFF_TOKEN);
    properties.put("loket.public-url", "https://loket.example.be");
    properties.putAll(TestMail.properties(smtp, "afspraken@antwerpen.example"));
    properties.put("loket.sms.url", gateway.url().toString());
    properties.put("loket.sms.api-key", "e2e-sms-key");
    properties.put("loket.sms.sender", "Antwerpen");
    return properties;
  }

  @AfterAll
  void stopServers() {
    smtp.stop();
    gateway.close();
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
  }

  @Test
  void aConfirmationArrivesInEachCitizensLanguageWithTheProductAndTheLink() throws Exception {
    Map<String, Object> slot = slot(4);
    String dutch = book(slot, "Els Janssens", "els@example.be", "nl", "85073100424");
    String french = book(slot, "Luc Dubois", "luc@example.be", "fr", "85073100523");

    assertThat(smtp.waitForIncomingEmail(20_000, 2)).as("two mails within 20 s").isTrue();
    MimeMessage[] received = smtp.getReceivedMessages();
    Map<String, MimeMessage> byRecipient = new HashMap<>();
    for (MimeMessage mail : received) {
      byRecipient.put(mail.getAllRecipients()[0].toString(), mail);
    }

    MimeMessage toEls = byRecipient.get("els@example.be");
    assertThat(toEls.getSubject()).isEqualTo("Bevestiging afspraak " + dutch);
    assertThat(toEls.getFrom()[0].toString()).isEqualTo("afspraken@antwerpen.example");
    assertThat(TestMail.text(toEls))
        .contains(
            "Uw afspraak is bevestigd",
            "Districtshuis Deurne",
            "Voor: Elektronische identiteitskaart (eID) aanvragen.",
            "https://loket.example.be/api/v1/appointments/" + dutch + "?code=");
    MimeMessage toLuc = byRecipient.get("luc@example.be");
    assertThat(toLuc.getSubject()).isEqualTo("Confirmation du rendez-vous " + french);
    assertThat(TestMail.text(toLuc))
        .contains(
            "Votre rendez-vous est confirmé",
            "Pour : Demander une carte d'identité électronique (eID).",
            "https://loket.example.be/api/v1/appointments/" + french + "?code=");
    MimeMultipart parts = (MimeMultipart) toLuc.getContent();
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar");
    assertThat(
            new String(
                parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains(
            "BEGIN:VEVENT",
            "UID:appointment-" + french + "@loket-op-maat",
            "SUMMARY:Rendez-vous : Districtshuis Deurne");

    // The mail server has the mails a moment before the outbox has marked them sent.
    DocumentsEndToEndTest.await(
        () ->
            http.staff("GET", "/api/v1/staff/messages?status=SENT", null).list().stream()
                .map(m -> m.get("appointment"))
                .toList()
                .containsAll(List.of(dutch, french)),
        "both messages marked sent");
    Http.Response sent = http.staff("GET", "/api/v1/staff/messages?status=SENT", null);
    assertThat(sent.status()).as(sent.text()).isEqualTo(200);
    assertThat(sent.text()).contains("?code=***");
  }

  @Test
  void aCitizenWithOnlyAPhoneGetsTheConfirmationBySms() throws Exception {
    String reference =
        book(slot(6), "Amira El Idrissi", null, "en", "85073100622", "0470 12 34 56");

    long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (gateway.sent().stream().noneMatch(sms -> sms.reference().equals(reference))
        && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    assertThat(gateway.sent())
        .filteredOn(sms -> sms.reference().equals(reference))
        .singleElement()
        .satisfies(
            sms -> {
              assertThat(sms.to()).isEqualTo("+32470123456");
              assertThat(sms.from()).isEqualTo("Antwerpen");
              assertThat(sms.text())
                  .startsWith("Appointment confirmed " + reference)
                  .contains("For: Apply for an electronic identity card (eID).");
            });
  }

  private static Map<String, Object> citizen(
      String insz, String name, String email, String phone, String language) {
    Map<String, Object> citizen = new HashMap<>();
    citizen.put("insz", insz);
    citizen.put("name", name);
    citizen.put("language", language);
    if (email != null) {
      citizen.put("email", email);
    }
    if (phone != null) {
      citizen.put("phone", phone);
    }
    return citizen;
  }

  private Map<String, Object> slot(int daysAhead) {
    Http.Response slots =
        http.get(
            "/api/v1/availability?product=eid-application&mode=proximity"
                + "&location=districtshuis-deurne&limit=1&from="
                + LocalDate.now(CityTime.ZONE).plusDays(daysAhead));
    assertThat(slots.status()).as(slots.text()).isEqualTo(200);
    return slots.list("slots").get(0);
  }

  private String book(
      Map<String, Object> slot, String name, String email, String language, String first9) {
    return book(slot, name, email, language, first9, null);
  }

  private String book(
      Map<String, Object> slot,
      String name,
      String email,
      String language,
      String first9,
      String phone) {
    Map<String, Object> body =
        Map.of(
            "products",
            List.of("eid-application"),
            "location",
            slot.get("location"),
            "start",
            slot.get("start"),
            "citizen",
            citizen(
                Http.insz(Long.parseLong(first9.substring(0, 9))), name, email, phone, language));
    Http.Response booked = http.postJson("/api/v1/appointments", body);
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    return (String) booked.object().get("reference");
  }
}
