package be.loketopmaat.adapters.federal.simulator;

import static be.loketopmaat.adapters.federal.magda.MagdaContract.CONTEXT_NS;
import static be.loketopmaat.adapters.federal.magda.MagdaContract.GEEF_ATTEST_NS;
import static be.loketopmaat.adapters.federal.magda.MagdaContract.GEEF_KAARTEN_NS;
import static be.loketopmaat.adapters.federal.magda.MagdaContract.GEEF_PERSOON_NS;

import be.loketopmaat.adapters.federal.magda.MagdaContract;
import be.loketopmaat.adapters.federal.xml.Soap;
import be.loketopmaat.adapters.federal.xml.Xml;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.population.HouseholdMember;
import be.loketopmaat.domain.population.HouseholdRole;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.renewal.ExpiringCard;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * A population register behind MAGDA, over real HTTP, speaking {@code GeefPersoon} 02.02 and {@code
 * GeefAttest} 02.00 as {@code contracts/magda} writes them: it refuses requests the schemas refuse
 * (SOAP client fault), knows the people in {@link MagdaPersonas}, answers every documented
 * exception, and makes real attest PDFs. Its failures are switched from Java ({@link #faults()},
 * {@link #goDown()}, {@link #refuseNext}), never over the network.
 */
public final class MagdaSimulator implements AutoCloseable {
  /** The register's own catalogue of attests, by the contract's code: titles in nl, fr and de. */
  private static final Map<String, String[]> ATTESTS =
      Map.ofEntries(
          Map.entry(
              "household-composition",
              new String[] {
                "Bewijs van gezinssamenstelling",
                "Certificat de composition de ménage",
                "Bescheinigung der Haushaltszusammensetzung"
              }),
          Map.entry(
              "main-residence",
              new String[] {
                "Bewijs van hoofdverblijfplaats",
                "Certificat de résidence principale",
                "Bescheinigung des Hauptwohnortes"
              }),
          Map.entry(
              "main-residence-history",
              new String[] {
                "Bewijs van hoofdverblijfplaats met historiek",
                "Certificat de résidence principale avec historique",
                "Bescheinigung des Hauptwohnortes mit Verlauf"
              }),
          Map.entry(
              "nationality",
              new String[] {
                "Bewijs van nationaliteit",
                "Certificat de nationalité",
                "Staatsangehörigkeitsbescheinigung"
              }),
          Map.entry(
              "life",
              new String[] {"Bewijs van leven", "Certificat de vie", "Lebensbescheinigung"}),
          Map.entry(
              "legal-cohabitation",
              new String[] {
                "Bewijs van wettelijke samenwoning",
                "Certificat de cohabitation légale",
                "Bescheinigung des gesetzlichen Zusammenwohnens"
              }),
          Map.entry(
              "residence-for-marriage",
              new String[] {
                "Bewijs van woonst met het oog op een huwelijk",
                "Certificat de résidence en vue d'un mariage",
                "Wohnsitzbescheinigung im Hinblick auf eine Eheschließung"
              }),
          Map.entry(
              "burial-mode-and-rites",
              new String[] {
                "Bewijs van wijze van teraardebestelling en levensbeschouwing",
                "Certificat de mode de sépulture et de rites",
                "Bescheinigung über Bestattungsart und Riten"
              }),
          Map.entry(
              "electoral-register",
              new String[] {"Bewijs van kiezer", "Certificat d'électeur", "Wählerbescheinigung"}),
          Map.entry(
              "extract-from-registers",
              new String[] {
                "Uittreksel uit de registers", "Extrait des registres", "Auszug aus den Registern"
              }));

  private static final List<String> LANGUAGES = List.of("nl", "fr", "de");
  private static final Map<HouseholdRole, String> ROLES =
      Map.of(
          HouseholdRole.REFERENCE_PERSON, "reference-person",
          HouseholdRole.PARTNER, "partner",
          HouseholdRole.CHILD, "child",
          HouseholdRole.PARENT, "parent",
          HouseholdRole.OTHER_RELATIVE, "other-relative",
          HouseholdRole.UNRELATED, "unrelated");

  /** A request as the simulator received it, for tests to check what the adapter sent. */
  public record ReceivedRequest(
      String service,
      String version,
      String senderIdentification,
      String senderReference,
      String insz) {}

  private record Refusal(String code, String diagnosis) {}

  /** A card the register lists for the municipality the holder lives in. */
  private record RegisteredCard(ExpiringCard card, NisCode municipality) {}

  private final Clock clock;
  private final Schema schema = MagdaContract.schema();
  private final Map<NationalNumber, Person> people = new ConcurrentHashMap<>(MagdaPersonas.all());
  private final Deque<Refusal> refusals = new ArrayDeque<>();
  private final Map<NationalNumber, RegisteredCard> cards = new ConcurrentHashMap<>();

  /** The latest requests, at most {@link #KEPT_REQUESTS} (a bulk run sends many more). */
  private final Deque<ReceivedRequest> received = new ArrayDeque<>();

  static final int KEPT_REQUESTS = 10_000;
  private final SimulatorServer server;

  private MagdaSimulator(int port, Clock clock) {
    this.clock = clock;
    this.server = new SimulatorServer("magda", port, this::handle);
    MagdaPersonas.cards().forEach(card -> addCard(card, NisCode.ANTWERP));
  }

  /** Starts a simulator on the loopback interface; port 0 takes any free port. */
  public static MagdaSimulator start(int port, Clock clock) {
    return new MagdaSimulator(port, clock);
  }

  public URI baseUri() {
    return server.baseUri();
  }

  public Faults faults() {
    return server.faults();
  }

  /** The register is down: its port refuses connections. */
  public void goDown() {
    server.goDown();
  }

  public void comeBack() {
    server.comeBack();
  }

  /** The next well-formed request is answered with this exception instead of its content. */
  public synchronized void refuseNext(String code, String diagnosis) {
    refusals.add(new Refusal(code, diagnosis));
  }

  /**
   * The register knows this person from now on, or knows them so from now on (a move, a new
   * household, a death): a Java control for tests and the benchmark, on top of the personas.
   */
  public void addPerson(Person person) {
    people.put(person.insz(), person);
  }

  /**
   * The register lists this card (the holder's one card: a new one replaces it) among the cards of
   * the residents of {@code municipality}, for {@code GeefVervallendeKaarten}.
   */
  public void addCard(ExpiringCard card, NisCode municipality) {
    cards.put(card.insz(), new RegisteredCard(card, municipality));
  }

  /** The register knows this person no more (answered with 30003 from now on). */
  public void forget(NationalNumber insz) {
    people.remove(insz);
  }

  /** The requests received, oldest first; the latest {@value #KEPT_REQUESTS} only. */
  public List<ReceivedRequest> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** Keeps the request as its context names it; {@code insz} is the person asked about, if one. */
  private void keep(Element service, Element sender, String insz) {
    keep(
        new ReceivedRequest(
            Xml.text(service, CONTEXT_NS, "Name"),
            Xml.text(service, CONTEXT_NS, "Version"),
            Xml.text(sender, CONTEXT_NS, "Identification"),
            Xml.text(sender, CONTEXT_NS, "Reference"),
            insz));
  }

  private void keep(ReceivedRequest request) {
    synchronized (received) {
      received.addLast(request);
      if (received.size() > KEPT_REQUESTS) {
        received.removeFirst();
      }
    }
  }

  @Override
  public void close() {
    server.close();
  }

  private void handle(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      SimulatorServer.send(exchange, 405, "text/plain", new byte[0]);
      return;
    }
    String path = exchange.getRequestURI().getPath();
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("text/xml")) {
      fault(exchange, "Client", "SOAP 1.1 is posted as text/xml");
      return;
    }
    Element payload;
    try {
      Soap.Body body = Soap.read(SimulatorServer.readBody(exchange));
      payload =
          Soap.payload(body)
              .orElseThrow(() -> new Xml.MalformedXmlException("a fault is not a request", null));
      schema.newValidator().validate(new DOMSource(payload));
    } catch (Xml.MalformedXmlException | SAXException e) {
      fault(exchange, "Client", "the request does not follow the contract: " + e.getMessage());
      return;
    }
    String service = payload.getLocalName();
    boolean known =
        (MagdaContract.GEEF_KAARTEN.equals(service)
                && GEEF_KAARTEN_NS.equals(payload.getNamespaceURI())
                && path.equals(MagdaContract.GEEF_KAARTEN_PATH))
            || (MagdaContract.GEEF_PERSOON.equals(service)
                && GEEF_PERSOON_NS.equals(payload.getNamespaceURI())
                && path.equals(MagdaContract.GEEF_PERSOON_PATH))
            || (MagdaContract.GEEF_ATTEST.equals(service)
                && GEEF_ATTEST_NS.equals(payload.getNamespaceURI())
                && path.equals(MagdaContract.GEEF_ATTEST_PATH));
    if (!known) {
      fault(exchange, "Client", service + " is not served at " + path);
      return;
    }
    String action = exchange.getRequestHeaders().getFirst("SOAPAction");
    if (action != null && !action.replace("\"", "").equals(service)) {
      fault(exchange, "Client", "SOAPAction " + action + " does not match " + service);
      return;
    }
    if (service.equals(MagdaContract.GEEF_KAARTEN)) {
      answerCards(exchange, payload);
      return;
    }
    String ns = payload.getNamespaceURI();
    Element context = Xml.child(payload, CONTEXT_NS, "Context");
    Element serviceElement = Xml.child(context, CONTEXT_NS, "Service");
    Element sender = Xml.child(context, CONTEXT_NS, "Sender");
    Element question = Xml.child(payload, ns, "Question");
    String insz = Xml.text(question, ns, "Insz");
    keep(serviceElement, sender, insz);

    Element body = Soap.newEnvelopeBody();
    String prefix = ns.equals(GEEF_PERSOON_NS) ? "gp:" : "ga:";
    Element answer = Xml.add(body, ns, prefix + service + "Answer");
    answerContext(answer, serviceElement, sender);
    Optional<Refusal> refusal = nextRefusal().or(() -> check(service, question, ns));
    if (refusal.isPresent()) {
      writeExceptions(answer, refusal.get());
    } else {
      Person person = people.get(NationalNumber.of(insz));
      Element content = Xml.add(answer, ns, prefix + "Content");
      if (service.equals(MagdaContract.GEEF_PERSOON)) {
        writePerson(Xml.add(content, ns, "gp:Person"), person);
      } else {
        writeAttest(
            Xml.add(content, ns, "ga:Attest"),
            person,
            Xml.text(question, ns, "Model"),
            Xml.text(question, ns, "Language"),
            Xml.text(sender, CONTEXT_NS, "Identification"),
            Xml.text(sender, CONTEXT_NS, "Reference"));
      }
    }
    SimulatorServer.send(exchange, 200, Soap.CONTENT_TYPE, Xml.serialize(body.getOwnerDocument()));
  }

  /** The cards of the sender's residents in the period asked, by national number, a page. */
  private void answerCards(HttpExchange exchange, Element payload) throws IOException {
    String ns = GEEF_KAARTEN_NS;
    Element context = Xml.child(payload, CONTEXT_NS, "Context");
    Element serviceElement = Xml.child(context, CONTEXT_NS, "Service");
    Element sender = Xml.child(context, CONTEXT_NS, "Sender");
    Element question = Xml.child(payload, ns, "Question");
    String municipality = Xml.text(sender, CONTEXT_NS, "Identification");
    keep(serviceElement, sender, null);
    Element body = Soap.newEnvelopeBody();
    Element answer = Xml.add(body, ns, "gk:GeefVervallendeKaartenAnswer");
    answerContext(answer, serviceElement, sender);
    Optional<Refusal> refusal = nextRefusal();
    if (refusal.isPresent()) {
      writeExceptions(answer, refusal.get());
    } else {
      LocalDate from = LocalDate.parse(Xml.text(question, ns, "ValidUntilFrom"));
      LocalDate to = LocalDate.parse(Xml.text(question, ns, "ValidUntilTo"));
      String after = Xml.optionalText(question, ns, "After").orElse("");
      int limit = Integer.parseInt(Xml.text(question, ns, "Limit"));
      Element content = Xml.add(answer, ns, "gk:Content");
      cards.values().stream()
          .filter(c -> c.municipality().value().equals(municipality))
          .map(RegisteredCard::card)
          .filter(c -> !c.validUntil().isBefore(from) && !c.validUntil().isAfter(to))
          .filter(c -> c.insz().digits().compareTo(after) > 0)
          .sorted(Comparator.comparing(c -> c.insz().digits()))
          .limit(limit)
          .forEach(c -> writeCard(Xml.add(content, ns, "gk:Card"), c));
    }
    SimulatorServer.send(exchange, 200, Soap.CONTENT_TYPE, Xml.serialize(body.getOwnerDocument()));
  }

  private static void writeCard(Element element, ExpiringCard card) {
    String ns = GEEF_KAARTEN_NS;
    Xml.add(element, ns, "gk:Insz", card.insz().digits());
    Xml.add(element, ns, "gk:CardNumber", card.cardNumber());
    Xml.add(element, ns, "gk:ValidUntil", card.validUntil().toString());
    Xml.add(element, ns, "gk:GivenNames", card.name().givenNames());
    Xml.add(element, ns, "gk:FamilyName", card.name().familyName());
    Xml.add(element, ns, "gk:Street", card.residence().street());
    Xml.add(element, ns, "gk:PostalCode", card.residence().postalCode());
    Xml.add(element, ns, "gk:Municipality", card.residence().municipality());
    // The register knows nl, fr and de; the adapter writes to German speakers in English.
    Xml.add(
        element,
        ns,
        "gk:Language",
        switch (card.language()) {
          case NL -> "nl";
          case FR -> "fr";
          case EN -> "de";
        });
    if (card.email() != null) {
      Xml.add(element, ns, "gk:Email", card.email());
    }
    if (card.phone() != null) {
      Xml.add(element, ns, "gk:Phone", card.phone());
    }
  }

  private synchronized Optional<Refusal> nextRefusal() {
    return Optional.ofNullable(refusals.poll());
  }

  /** The register's own checks, in the order it makes them. */
  private Optional<Refusal> check(String service, Element question, String ns) {
    String insz = Xml.text(question, ns, "Insz");
    if (!isPossibleNationalNumber(insz)) {
      return refusal(
          MagdaContract.INVALID_INSZ, "The national number in the question is not valid");
    }
    if (service.equals(MagdaContract.GEEF_ATTEST)) {
      String model = Xml.text(question, ns, "Model");
      if (!ATTESTS.containsKey(model)) {
        return refusal(MagdaContract.UNKNOWN_ATTEST, "Unknown attest model: " + model);
      }
      String language = Xml.text(question, ns, "Language");
      if (!LANGUAGES.contains(language)) {
        return refusal(
            MagdaContract.UNKNOWN_LANGUAGE, "Attests are issued in nl, fr or de, not " + language);
      }
    }
    Person person = people.get(NationalNumber.of(insz));
    if (person == null) {
      return refusal(MagdaContract.UNKNOWN_INSZ, "No person with this national number");
    }
    if (service.equals(MagdaContract.GEEF_ATTEST)
        && person.isDeceased()
        && Xml.text(question, ns, "Model").equals("life")) {
      return refusal(MagdaContract.FILE_CLOSED_DECEASED, "The person's file is closed: deceased");
    }
    return Optional.empty();
  }

  private static void writeExceptions(Element answer, Refusal refusal) {
    Element exceptions = Xml.add(answer, CONTEXT_NS, "ctx:Exceptions");
    Element exception = Xml.add(exceptions, CONTEXT_NS, "ctx:Exception");
    Xml.add(exception, CONTEXT_NS, "ctx:Code", refusal.code());
    Xml.add(exception, CONTEXT_NS, "ctx:Origin", "MAGDA");
    Xml.add(exception, CONTEXT_NS, "ctx:Severity", "ERROR");
    Xml.add(exception, CONTEXT_NS, "ctx:Diagnosis", refusal.diagnosis());
  }

  private static Optional<Refusal> refusal(String code, String diagnosis) {
    return Optional.of(new Refusal(code, diagnosis));
  }

  /** Check digits right, and a birth date that exists (the register knows the calendar). */
  static boolean isPossibleNationalNumber(String digits) {
    long first9 = Long.parseLong(digits.substring(0, 9));
    int check = Integer.parseInt(digits.substring(9));
    boolean before2000 = check == 97 - (int) (first9 % 97);
    boolean from2000 = check == 97 - (int) ((2_000_000_000L + first9) % 97);
    if (!before2000 && !from2000) {
      return false;
    }
    int month = Integer.parseInt(digits.substring(2, 4));
    int day = Integer.parseInt(digits.substring(4, 6));
    if (month >= 20 || month == 0 || day == 0) {
      return month % 20 <= 12 && day <= 31 && month < 60;
    }
    int year = (from2000 && !before2000 ? 2000 : 1900) + Integer.parseInt(digits.substring(0, 2));
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private void answerContext(Element answer, Element requestService, Element requestSender) {
    Element context = Xml.add(answer, CONTEXT_NS, "ctx:Context");
    Element service = Xml.add(context, CONTEXT_NS, "ctx:Service");
    Xml.add(service, CONTEXT_NS, "ctx:Name", Xml.text(requestService, CONTEXT_NS, "Name"));
    Xml.add(service, CONTEXT_NS, "ctx:Version", Xml.text(requestService, CONTEXT_NS, "Version"));
    Xml.add(context, CONTEXT_NS, "ctx:MessageType", "ANSWER");
    Xml.add(
        context,
        CONTEXT_NS,
        "ctx:Time",
        Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
    Element sender = Xml.add(context, CONTEXT_NS, "ctx:Sender");
    Xml.add(
        sender,
        CONTEXT_NS,
        "ctx:Identification",
        Xml.text(requestSender, CONTEXT_NS, "Identification"));
    Xml.add(sender, CONTEXT_NS, "ctx:Reference", Xml.text(requestSender, CONTEXT_NS, "Reference"));
    Element responder = Xml.add(context, CONTEXT_NS, "ctx:Responder");
    Xml.add(responder, CONTEXT_NS, "ctx:Identification", "magda-simulator");
    Xml.add(responder, CONTEXT_NS, "ctx:Reference", UUID.randomUUID().toString());
  }

  private static void writePerson(Element element, Person person) {
    String ns = GEEF_PERSOON_NS;
    Xml.add(element, ns, "gp:Insz", person.insz().digits());
    writeName(
        Xml.add(element, ns, "gp:Name"), person.name().givenNames(), person.name().familyName());
    Xml.add(element, ns, "gp:BirthDate", person.birthDate().toString());
    if (person.isDeceased()) {
      Xml.add(element, ns, "gp:DeathDate", person.deathDate().toString());
    }
    Xml.add(element, ns, "gp:Nationality", person.nationality().countryCode());
    Element residence = Xml.add(element, ns, "gp:Residence");
    Xml.add(residence, ns, "gp:Street", person.residence().address().street());
    Xml.add(residence, ns, "gp:PostalCode", person.residence().address().postalCode());
    Xml.add(residence, ns, "gp:Municipality", person.residence().address().municipality());
    Xml.add(residence, ns, "gp:NisCode", person.residence().municipality().value());
    Xml.add(residence, ns, "gp:Since", person.residence().since().toString());
    if (!person.household().isEmpty()) {
      Element household = Xml.add(element, ns, "gp:Household");
      for (HouseholdMember member : person.household()) {
        Element m = Xml.add(household, ns, "gp:Member");
        Xml.add(m, ns, "gp:Insz", member.insz().digits());
        writeName(
            Xml.add(m, ns, "gp:Name"), member.name().givenNames(), member.name().familyName());
        Xml.add(m, ns, "gp:Role", ROLES.get(member.role()));
      }
    }
  }

  private static void writeName(Element name, String given, String family) {
    Xml.add(name, GEEF_PERSOON_NS, "gp:GivenNames", given);
    Xml.add(name, GEEF_PERSOON_NS, "gp:FamilyName", family);
  }

  private void writeAttest(
      Element element,
      Person person,
      String model,
      String language,
      String issuedBy,
      String reference) {
    String ns = GEEF_ATTEST_NS;
    LocalDate today = LocalDate.now(clock);
    String title = ATTESTS.get(model)[LANGUAGES.indexOf(language)];
    byte[] pdf = AttestPdf.write(title, language, person, model, issuedBy, today, reference);
    Xml.add(element, ns, "ga:Insz", person.insz().digits());
    Xml.add(element, ns, "ga:Model", model);
    Xml.add(element, ns, "ga:Language", language);
    Xml.add(element, ns, "ga:IssuedBy", issuedBy);
    Xml.add(element, ns, "ga:IssuedOn", today.toString());
    Element document = Xml.add(element, ns, "ga:Document");
    Xml.add(document, ns, "ga:MediaType", "application/pdf");
    Xml.add(document, ns, "ga:Data", Base64.getEncoder().encodeToString(pdf));
  }

  private static void fault(HttpExchange exchange, String code, String message) throws IOException {
    SimulatorServer.send(exchange, 500, Soap.CONTENT_TYPE, Soap.fault(code, message));
  }
}
