package be.loketopmaat.adapters.federal.magda;

import static be.loketopmaat.adapters.federal.magda.MagdaContract.CONTEXT_NS;
import static be.loketopmaat.adapters.federal.magda.MagdaContract.GEEF_ATTEST_NS;
import static be.loketopmaat.adapters.federal.magda.MagdaContract.GEEF_KAARTEN_NS;
import static be.loketopmaat.adapters.federal.magda.MagdaContract.GEEF_PERSOON_NS;

import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.FederalHttp;
import be.loketopmaat.adapters.federal.xml.Soap;
import be.loketopmaat.adapters.federal.xml.Xml;
import be.loketopmaat.application.port.out.federal.ExpiringCards;
import be.loketopmaat.application.port.out.federal.PopulationRegister;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.population.Attest;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.population.HouseholdMember;
import be.loketopmaat.domain.population.Nationality;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.population.RefusalReason;
import be.loketopmaat.domain.population.RegisterRefusedException;
import be.loketopmaat.domain.population.Residence;
import be.loketopmaat.domain.renewal.ExpiringCard;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * The population register over MAGDA's SOAP services {@code GeefPersoon} 02.02, {@code GeefAttest}
 * 02.00 and {@code GeefVervallendeKaarten} 01.00 (the residents' cards that run out), as written
 * down in {@code contracts/magda}. Each request carries a fresh reference, and an answer that does
 * not carry it back is not believed.
 */
public final class MagdaPopulationRegister implements PopulationRegister, ExpiringCards {
  public static final String SYSTEM = "MAGDA population register";

  private final FederalHttp http;
  private final NisCode municipality;
  private final Clock clock;

  /**
   * @param municipality the city asking, by NIS code: the sender of every request and the
   *     municipality of issue of every attest
   */
  public MagdaPopulationRegister(EndpointSettings endpoint, NisCode municipality, Clock clock) {
    this.http = new FederalHttp(SYSTEM, endpoint);
    this.municipality = municipality;
    this.clock = clock;
  }

  @Override
  public Optional<Person> person(NationalNumber insz) {
    String reference = UUID.randomUUID().toString();
    Element body = Soap.newEnvelopeBody();
    Element request = Xml.add(body, GEEF_PERSOON_NS, "gp:GeefPersoon");
    addContext(request, MagdaContract.GEEF_PERSOON, MagdaContract.GEEF_PERSOON_VERSION, reference);
    Element question = Xml.add(request, GEEF_PERSOON_NS, "gp:Question");
    Xml.add(question, GEEF_PERSOON_NS, "gp:Insz", insz.digits());

    Element answer =
        call(
            MagdaContract.GEEF_PERSOON_PATH,
            MagdaContract.GEEF_PERSOON,
            body,
            GEEF_PERSOON_NS,
            "GeefPersoonAnswer",
            reference);
    Optional<RegisterRefusedException> refusal = refusal(answer);
    if (refusal.isPresent()) {
      if (refusal.get().reason() == RefusalReason.UNKNOWN_PERSON) {
        return Optional.empty();
      }
      throw refusal.get();
    }
    try {
      Element person =
          Xml.child(Xml.child(answer, GEEF_PERSOON_NS, "Content"), GEEF_PERSOON_NS, "Person");
      Person read = readPerson(person);
      if (!read.insz().equals(insz)) {
        throw http.unexpected("the answer is about another person", null);
      }
      return Optional.of(read);
    } catch (Xml.MalformedXmlException | InvalidInputException | DateTimeParseException e) {
      throw http.unexpected("a GeefPersoon answer the domain refuses: " + e.getMessage(), e);
    }
  }

  @Override
  public Attest attest(NationalNumber insz, AttestModel model, AttestLanguage language) {
    String reference = UUID.randomUUID().toString();
    Element body = Soap.newEnvelopeBody();
    Element request = Xml.add(body, GEEF_ATTEST_NS, "ga:GeefAttest");
    addContext(request, MagdaContract.GEEF_ATTEST, MagdaContract.GEEF_ATTEST_VERSION, reference);
    Element question = Xml.add(request, GEEF_ATTEST_NS, "ga:Question");
    Xml.add(question, GEEF_ATTEST_NS, "ga:Insz", insz.digits());
    Xml.add(question, GEEF_ATTEST_NS, "ga:Model", MagdaCodes.code(model));
    Xml.add(question, GEEF_ATTEST_NS, "ga:Language", language.tag());

    Element answer =
        call(
            MagdaContract.GEEF_ATTEST_PATH,
            MagdaContract.GEEF_ATTEST,
            body,
            GEEF_ATTEST_NS,
            "GeefAttestAnswer",
            reference);
    Optional<RegisterRefusedException> refusal = refusal(answer);
    if (refusal.isPresent()) {
      throw refusal.get();
    }
    try {
      Element attest =
          Xml.child(Xml.child(answer, GEEF_ATTEST_NS, "Content"), GEEF_ATTEST_NS, "Attest");
      boolean asAsked =
          insz.digits().equals(Xml.text(attest, GEEF_ATTEST_NS, "Insz"))
              && MagdaCodes.code(model).equals(Xml.text(attest, GEEF_ATTEST_NS, "Model"))
              && language.tag().equals(Xml.text(attest, GEEF_ATTEST_NS, "Language"));
      if (!asAsked) {
        throw http.unexpected("the attest is not the one asked for", null);
      }
      Element document = Xml.child(attest, GEEF_ATTEST_NS, "Document");
      byte[] pdf = Base64.getMimeDecoder().decode(Xml.text(document, GEEF_ATTEST_NS, "Data"));
      return new Attest(
          insz,
          model,
          language,
          NisCode.of(Xml.text(attest, GEEF_ATTEST_NS, "IssuedBy")),
          LocalDate.parse(Xml.text(attest, GEEF_ATTEST_NS, "IssuedOn")),
          pdf);
    } catch (Xml.MalformedXmlException
        | InvalidInputException
        | DateTimeParseException
        | IllegalArgumentException e) {
      throw http.unexpected("a GeefAttest answer the domain refuses: " + e.getMessage(), e);
    }
  }

  @Override
  public List<ExpiringCard> expiring(
      LocalDate from, LocalDate to, NationalNumber after, int limit) {
    String reference = UUID.randomUUID().toString();
    Element body = Soap.newEnvelopeBody();
    Element request = Xml.add(body, GEEF_KAARTEN_NS, "gk:GeefVervallendeKaarten");
    addContext(request, MagdaContract.GEEF_KAARTEN, MagdaContract.GEEF_KAARTEN_VERSION, reference);
    Element question = Xml.add(request, GEEF_KAARTEN_NS, "gk:Question");
    Xml.add(question, GEEF_KAARTEN_NS, "gk:ValidUntilFrom", from.toString());
    Xml.add(question, GEEF_KAARTEN_NS, "gk:ValidUntilTo", to.toString());
    if (after != null) {
      Xml.add(question, GEEF_KAARTEN_NS, "gk:After", after.digits());
    }
    Xml.add(question, GEEF_KAARTEN_NS, "gk:Limit", Integer.toString(limit));

    Element answer =
        call(
            MagdaContract.GEEF_KAARTEN_PATH,
            MagdaContract.GEEF_KAARTEN,
            body,
            GEEF_KAARTEN_NS,
            "GeefVervallendeKaartenAnswer",
            reference);
    Optional<RegisterRefusedException> refusal = refusal(answer);
    if (refusal.isPresent()) {
      // A list the register will not give is its own trouble, not the citizens': ask again later.
      throw new SystemUnavailableException(
          SYSTEM, "it refused the list: " + refusal.get().getMessage());
    }
    try {
      List<ExpiringCard> cards =
          Xml.children(Xml.child(answer, GEEF_KAARTEN_NS, "Content"), GEEF_KAARTEN_NS, "Card")
              .stream()
              .map(MagdaPopulationRegister::readCard)
              .toList();
      boolean asAsked =
          cards.size() <= limit
              && cards.stream()
                  .allMatch(
                      c ->
                          !c.validUntil().isBefore(from)
                              && !c.validUntil().isAfter(to)
                              && (after == null
                                  || c.insz().digits().compareTo(after.digits()) > 0));
      if (!asAsked) {
        throw http.unexpected("the list holds cards that were not asked for", null);
      }
      return cards;
    } catch (Xml.MalformedXmlException | InvalidInputException | DateTimeParseException e) {
      throw http.unexpected(
          "a GeefVervallendeKaarten answer the domain refuses: " + e.getMessage(), e);
    }
  }

  private static ExpiringCard readCard(Element card) {
    String ns = GEEF_KAARTEN_NS;
    return new ExpiringCard(
        NationalNumber.of(Xml.text(card, ns, "Insz")),
        Xml.text(card, ns, "CardNumber"),
        LocalDate.parse(Xml.text(card, ns, "ValidUntil")),
        new PersonName(Xml.text(card, ns, "GivenNames"), Xml.text(card, ns, "FamilyName")),
        new Address(
            Xml.text(card, ns, "Street"),
            Xml.text(card, ns, "PostalCode"),
            Xml.text(card, ns, "Municipality")),
        // The city writes in Dutch, French or English: a German speaker is written to in English.
        switch (Xml.text(card, ns, "Language")) {
          case "fr" -> Language.FR;
          case "de" -> Language.EN;
          default -> Language.NL;
        },
        Xml.optionalText(card, ns, "Email").orElse(null),
        Xml.optionalText(card, ns, "Phone").orElse(null));
  }

  private void addContext(Element request, String service, String version, String reference) {
    Element context = Xml.add(request, CONTEXT_NS, "ctx:Context");
    Element serviceElement = Xml.add(context, CONTEXT_NS, "ctx:Service");
    Xml.add(serviceElement, CONTEXT_NS, "ctx:Name", service);
    Xml.add(serviceElement, CONTEXT_NS, "ctx:Version", version);
    Xml.add(context, CONTEXT_NS, "ctx:MessageType", "REQUEST");
    Xml.add(
        context,
        CONTEXT_NS,
        "ctx:Time",
        Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
    Element sender = Xml.add(context, CONTEXT_NS, "ctx:Sender");
    Xml.add(sender, CONTEXT_NS, "ctx:Identification", municipality.value());
    Xml.add(sender, CONTEXT_NS, "ctx:Reference", reference);
  }

  /** Posts the envelope and returns the answer element, checked to belong to this request. */
  private Element call(
      String path,
      String action,
      Element body,
      String namespace,
      String answerName,
      String reference) {
    HttpRequest request =
        http.request(path)
            .header("Content-Type", Soap.CONTENT_TYPE)
            .header("SOAPAction", "\"" + action + "\"")
            .POST(HttpRequest.BodyPublishers.ofByteArray(Xml.serialize(body.getOwnerDocument())))
            .build();
    HttpResponse<byte[]> response = http.send(request);
    Soap.Body content;
    try {
      content = Soap.read(response.body());
    } catch (Xml.MalformedXmlException e) {
      if (response.statusCode() >= 500) {
        throw http.serverError(response, "no SOAP envelope");
      }
      throw http.unexpected("HTTP " + response.statusCode() + " without a SOAP envelope", e);
    }
    if (content instanceof Soap.Fault fault) {
      if (fault.isClientFault()) {
        // The service holds the request itself for wrong: sending it again will not help.
        throw new RegisterRefusedException(
            RefusalReason.OTHER, "SOAP-" + fault.code(), fault.message());
      }
      throw http.serverError(response, "SOAP fault " + fault.code() + ": " + fault.message());
    }
    if (response.statusCode() != 200) {
      throw http.unexpected("HTTP " + response.statusCode() + " with a SOAP answer", null);
    }
    Element answer = ((Soap.Payload) content).element();
    if (!answerName.equals(answer.getLocalName()) || !namespace.equals(answer.getNamespaceURI())) {
      throw http.unexpected("expected " + answerName + ", got " + answer.getLocalName(), null);
    }
    try {
      Element context = Xml.child(answer, CONTEXT_NS, "Context");
      String echoed = Xml.text(Xml.child(context, CONTEXT_NS, "Sender"), CONTEXT_NS, "Reference");
      if (!reference.equals(echoed)) {
        throw http.unexpected(
            "the answer carries reference " + echoed + ", not " + reference, null);
      }
    } catch (Xml.MalformedXmlException e) {
      throw http.unexpected(e.getMessage(), e);
    }
    return answer;
  }

  private Optional<RegisterRefusedException> refusal(Element answer) {
    Optional<Element> exceptions = Xml.optionalChild(answer, CONTEXT_NS, "Exceptions");
    if (exceptions.isEmpty()) {
      return Optional.empty();
    }
    List<Element> all = Xml.children(exceptions.get(), CONTEXT_NS, "Exception");
    Element first =
        all.stream()
            .filter(e -> "ERROR".equals(Xml.optionalText(e, CONTEXT_NS, "Severity").orElse("")))
            .findFirst()
            .or(() -> all.stream().findFirst())
            .orElseThrow(() -> http.unexpected("an empty list of exceptions", null));
    String code = Xml.optionalText(first, CONTEXT_NS, "Code").orElse("");
    String diagnosis = Xml.optionalText(first, CONTEXT_NS, "Diagnosis").orElse("");
    if (MagdaContract.SOURCE_UNAVAILABLE.equals(code)) {
      throw new SystemUnavailableException(
          SYSTEM, "its source is unavailable (" + code + "): " + diagnosis);
    }
    RefusalReason reason =
        switch (code) {
          case MagdaContract.INVALID_INSZ -> RefusalReason.INVALID_NATIONAL_NUMBER;
          case MagdaContract.UNKNOWN_INSZ -> RefusalReason.UNKNOWN_PERSON;
          case MagdaContract.FILE_CLOSED_DECEASED -> RefusalReason.PERSON_DECEASED;
          case MagdaContract.UNKNOWN_ATTEST -> RefusalReason.UNKNOWN_ATTEST_MODEL;
          case MagdaContract.UNKNOWN_LANGUAGE -> RefusalReason.UNKNOWN_LANGUAGE;
          default -> RefusalReason.OTHER;
        };
    return Optional.of(new RegisterRefusedException(reason, code, diagnosis));
  }

  private Person readPerson(Element person) {
    String ns = GEEF_PERSOON_NS;
    Element residence = Xml.child(person, ns, "Residence");
    List<HouseholdMember> household =
        Xml.optionalChild(person, ns, "Household").stream()
            .flatMap(h -> Xml.children(h, ns, "Member").stream())
            .map(
                member ->
                    new HouseholdMember(
                        NationalNumber.of(Xml.text(member, ns, "Insz")),
                        readName(Xml.child(member, ns, "Name")),
                        MagdaCodes.role(Xml.text(member, ns, "Role"))
                            .orElseThrow(
                                () ->
                                    new InvalidInputException(
                                        "household.role", "is not a role of the contract"))))
            .toList();
    return new Person(
        NationalNumber.of(Xml.text(person, ns, "Insz")),
        readName(Xml.child(person, ns, "Name")),
        LocalDate.parse(Xml.text(person, ns, "BirthDate")),
        new Nationality(Xml.text(person, ns, "Nationality")),
        new Residence(
            new Address(
                Xml.text(residence, ns, "Street"),
                Xml.text(residence, ns, "PostalCode"),
                Xml.text(residence, ns, "Municipality")),
            NisCode.of(Xml.text(residence, ns, "NisCode")),
            LocalDate.parse(Xml.text(residence, ns, "Since"))),
        household,
        Xml.optionalText(person, ns, "DeathDate").map(LocalDate::parse).orElse(null));
  }

  private static PersonName readName(Element name) {
    return new PersonName(
        Xml.text(name, GEEF_PERSOON_NS, "GivenNames"),
        Xml.text(name, GEEF_PERSOON_NS, "FamilyName"));
  }
}
