package be.loketopmaat.adapters.federal.magda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.federal.simulator.MagdaSimulator;
import be.loketopmaat.adapters.federal.xml.Soap;
import be.loketopmaat.adapters.federal.xml.Xml;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The simulator on the wire, with hand-written SOAP: every answer it gives follows the XSD, it
 * refuses requests the XSD refuses, and the register's own checks answer the documented exceptions.
 */
class MagdaSimulatorWireTest {
  private static final String CONTEXT =
      """
      <ctx:Context>
        <ctx:Service><ctx:Name>%s</ctx:Name><ctx:Version>%s</ctx:Version></ctx:Service>
        <ctx:MessageType>REQUEST</ctx:MessageType>
        <ctx:Time>2026-12-02T09:00:00Z</ctx:Time>
        <ctx:Sender><ctx:Identification>11002</ctx:Identification>
          <ctx:Reference>ref-0000000001</ctx:Reference></ctx:Sender>
      </ctx:Context>""";

  private final HttpClient client = HttpClient.newHttpClient();
  private final Validator validator = MagdaContract.schema().newValidator();
  private MagdaSimulator simulator;

  @BeforeEach
  void start() {
    simulator = MagdaSimulator.start(0, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void aPersonAnswerFollowsTheSchemaAndCarriesTheReferenceBack() throws Exception {
    Element answer = validAnswer(MagdaContract.GEEF_PERSOON_PATH, geefPersoon("85073100328"));

    assertThat(answer.getLocalName()).isEqualTo("GeefPersoonAnswer");
    Element context = Xml.child(answer, MagdaContract.CONTEXT_NS, "Context");
    assertThat(Xml.text(context, MagdaContract.CONTEXT_NS, "MessageType")).isEqualTo("ANSWER");
    assertThat(
            Xml.text(
                Xml.child(context, MagdaContract.CONTEXT_NS, "Sender"),
                MagdaContract.CONTEXT_NS,
                "Reference"))
        .isEqualTo("ref-0000000001");
    assertThat(Xml.optionalChild(answer, MagdaContract.GEEF_PERSOON_NS, "Content")).isPresent();
  }

  @Test
  void theDeceasedPersonsAnswerFollowsTheSchemaToo() throws Exception {
    Element answer = validAnswer(MagdaContract.GEEF_PERSOON_PATH, geefPersoon("40022801794"));
    Element person =
        Xml.child(
            Xml.child(answer, MagdaContract.GEEF_PERSOON_NS, "Content"),
            MagdaContract.GEEF_PERSOON_NS,
            "Person");
    assertThat(Xml.text(person, MagdaContract.GEEF_PERSOON_NS, "DeathDate"))
        .isEqualTo("2025-11-03");
  }

  @Test
  void anAttestAnswerFollowsTheSchemaAndHoldsAPdf() throws Exception {
    Element answer =
        validAnswer(MagdaContract.GEEF_ATTEST_PATH, geefAttest("85073100328", "nationality", "de"));
    Element attest =
        Xml.child(
            Xml.child(answer, MagdaContract.GEEF_ATTEST_NS, "Content"),
            MagdaContract.GEEF_ATTEST_NS,
            "Attest");
    byte[] pdf =
        Base64.getDecoder()
            .decode(
                Xml.text(
                    Xml.child(attest, MagdaContract.GEEF_ATTEST_NS, "Document"),
                    MagdaContract.GEEF_ATTEST_NS,
                    "Data"));
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(Xml.text(attest, MagdaContract.GEEF_ATTEST_NS, "IssuedBy")).isEqualTo("11002");
  }

  @Test
  void theDocumentedExceptionsFollowTheSchema() throws Exception {
    assertThat(exceptionCode(MagdaContract.GEEF_PERSOON_PATH, geefPersoon("85073100329")))
        .as("wrong check digits")
        .isEqualTo("20002");
    assertThat(exceptionCode(MagdaContract.GEEF_PERSOON_PATH, geefPersoon("88023004544")))
        .as("30 February")
        .isEqualTo("20002");
    assertThat(exceptionCode(MagdaContract.GEEF_PERSOON_PATH, geefPersoon("93072103180")))
        .isEqualTo("30003");
    assertThat(
            exceptionCode(
                MagdaContract.GEEF_ATTEST_PATH, geefAttest("85073100328", "fishing-licence", "nl")))
        .isEqualTo("45810");
    assertThat(
            exceptionCode(MagdaContract.GEEF_ATTEST_PATH, geefAttest("85073100328", "life", "en")))
        .isEqualTo("45811");
    assertThat(
            exceptionCode(MagdaContract.GEEF_ATTEST_PATH, geefAttest("40022801794", "life", "nl")))
        .isEqualTo("40099");
  }

  @Test
  void aRequestTheSchemaRefusesGetsAClientFault() throws Exception {
    String missingSender =
        geefPersoon("85073100328").replaceAll("(?s)<ctx:Sender>.*</ctx:Sender>", "");
    HttpResponse<byte[]> response = post(MagdaContract.GEEF_PERSOON_PATH, missingSender);

    assertThat(response.statusCode()).isEqualTo(500);
    Soap.Body body = Soap.read(response.body());
    assertThat(body)
        .isInstanceOfSatisfying(
            Soap.Fault.class,
            f -> {
              assertThat(f.isClientFault()).isTrue();
              assertThat(f.message()).contains("does not follow the contract");
            });
  }

  @Test
  void aServiceAtTheWrongPathOrNotXmlGetsAClientFault() throws Exception {
    assertThat(Soap.read(post(MagdaContract.GEEF_ATTEST_PATH, geefPersoon("85073100328")).body()))
        .isInstanceOfSatisfying(Soap.Fault.class, f -> assertThat(f.isClientFault()).isTrue());
    assertThat(
            Soap.read(
                post(
                        MagdaContract.GEEF_PERSOON_PATH,
                        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
                    .body()))
        .isInstanceOfSatisfying(
            Soap.Fault.class, f -> assertThat(f.message()).doesNotContain("root:"));
  }

  @Test
  void theSchemaItselfRefusesAnEnvelopeWithoutContext() {
    Element payload =
        Soap.payload(
                Soap.read(
                    envelope(
                            "<gp:GeefPersoon xmlns:gp=\""
                                + MagdaContract.GEEF_PERSOON_NS
                                + "\"><gp:Question><gp:Insz>85073100328</gp:Insz></gp:Question></gp:GeefPersoon>")
                        .getBytes(StandardCharsets.UTF_8)))
            .orElseThrow();
    assertThatThrownBy(() -> validator.validate(new DOMSource(payload)))
        .isInstanceOf(SAXException.class);
  }

  private String exceptionCode(String path, String request) throws Exception {
    Element answer = validAnswer(path, request);
    Element exceptions = Xml.child(answer, MagdaContract.CONTEXT_NS, "Exceptions");
    return Xml.text(
        Xml.child(exceptions, MagdaContract.CONTEXT_NS, "Exception"),
        MagdaContract.CONTEXT_NS,
        "Code");
  }

  private Element validAnswer(String path, String request) throws Exception {
    HttpResponse<byte[]> response = post(path, request);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/xml"));
    Element payload = Soap.payload(Soap.read(response.body())).orElseThrow();
    assertThatCode(() -> validator.validate(new DOMSource(payload))).doesNotThrowAnyException();
    return payload;
  }

  private HttpResponse<byte[]> post(String path, String envelope)
      throws IOException, InterruptedException {
    String body = envelope.startsWith("<soapenv:") ? envelope : envelope(envelope);
    return client.send(
        HttpRequest.newBuilder(URI.create(simulator.baseUri() + path))
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "text/xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String envelope(String payload) {
    if (payload.startsWith("<!DOCTYPE")) {
      return payload;
    }
    return "<soapenv:Envelope xmlns:soapenv=\""
        + Soap.ENVELOPE_NS
        + "\"><soapenv:Body>"
        + payload
        + "</soapenv:Body></soapenv:Envelope>";
  }

  private static String geefPersoon(String insz) {
    return "<gp:GeefPersoon xmlns:gp=\""
        + MagdaContract.GEEF_PERSOON_NS
        + "\" xmlns:ctx=\""
        + MagdaContract.CONTEXT_NS
        + "\">"
        + CONTEXT.formatted("GeefPersoon", "02.02")
        + "<gp:Question><gp:Insz>"
        + insz
        + "</gp:Insz></gp:Question></gp:GeefPersoon>";
  }

  private static String geefAttest(String insz, String model, String language) {
    return "<ga:GeefAttest xmlns:ga=\""
        + MagdaContract.GEEF_ATTEST_NS
        + "\" xmlns:ctx=\""
        + MagdaContract.CONTEXT_NS
        + "\">"
        + CONTEXT.formatted("GeefAttest", "02.00")
        + "<ga:Question><ga:Insz>"
        + insz
        + "</ga:Insz><ga:Model>"
        + model
        + "</ga:Model>"
        + "<ga:Language>"
        + language
        + "</ga:Language></ga:Question></ga:GeefAttest>";
  }
}
