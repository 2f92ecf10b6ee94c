package be.loketopmaat.adapters.federal.simulator;

import be.loketopmaat.adapters.federal.dabs.DabsContract;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.population.NisCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DABS, the federal civil-status database, as {@code contracts/dabs/civil-status-acts.openapi.yaml}
 * writes it, as a real HTTP server on the loopback interface: it knows its test personas ({@link
 * DabsPersonas}: who is registered, married, recognised before birth), makes a draft act once per
 * key, applies the law on electronic births against what it holds, refuses a second declaration of
 * the same event, signs a draft once, and writes real PDF extracts with a seal text and a QR code
 * that points to its own public verification page. It can be slowed down, fail or go down ({@link
 * #faults()}, {@link #goDown()}); its controls are this Java API only.
 */
public final class DabsSimulator extends PartnerSimulator {
  private static final Pattern DRAFT =
      Pattern.compile(Pattern.quote(DabsContract.DRAFTS_PATH + "/") + "([^/]*)");
  private static final Pattern SIGNATURE =
      Pattern.compile(
          Pattern.quote(DabsContract.DRAFTS_PATH + "/")
              + "([^/]*)"
              + Pattern.quote(DabsContract.SIGNATURE_SUFFIX));
  private static final Pattern EXTRACT =
      Pattern.compile(
          Pattern.quote(DabsContract.ACTS_PATH + "/")
              + "([^/]*)"
              + Pattern.quote(DabsContract.EXTRACT_SUFFIX));
  private static final Pattern PERSON_ACTS =
      Pattern.compile(
          Pattern.quote(DabsContract.PERSONS_PATH + "/")
              + "([^/]*)"
              + Pattern.quote(DabsContract.ACTS_SUFFIX));
  private static final Pattern VERIFICATION =
      Pattern.compile(Pattern.quote(DabsContract.VERIFICATIONS_PATH + "/") + "([^/]*)");
  private static final Pattern NATIONAL_NUMBER = Pattern.compile("[0-9]{11}");
  private static final Set<String> KINDS = Set.of("BIRTH", "RECOGNITION", "MARRIAGE");
  private static final Set<String> ROLES =
      Set.of("MOTHER", "OTHER_PARENT", "CHILD", "RECOGNISING_PARENT", "SPOUSE");
  private static final Set<String> TIES =
      Set.of(DabsContract.TIE_SPOUSE, DabsContract.TIE_PRENATAL, DabsContract.TIE_NONE);
  private static final Set<String> LANGUAGES = Set.of("nl", "fr", "en");
  private static final Set<String> FIELDS =
      Set.of("kind", "declarant", "language", "persons", "otherParentTie", "eventDate");

  /** A draft act as DABS keeps it; {@code actNumber} once signed. */
  public record Draft(
      String draftId,
      NisCode municipality,
      String kind,
      String declarant,
      String language,
      List<Person> persons,
      String tie,
      String eventDate,
      String actNumber,
      String signedBy,
      OffsetDateTime signedAt,
      String verificationCode) {
    Draft signed(String number, String officer, OffsetDateTime at) {
      return new Draft(
          draftId,
          municipality,
          kind,
          declarant,
          language,
          persons,
          tie,
          eventDate,
          number,
          officer,
          at,
          UUID.randomUUID().toString().replace("-", ""));
    }
  }

  /** A person as the declaration names them; {@code nationalNumber} null for a new child. */
  public record Person(String role, String nationalNumber, String name) {}

  private final Clock clock;
  private final Set<String> registered = new HashSet<>();
  private final Map<String, String> spouses = new HashMap<>();
  private final Set<String> prenatal = new HashSet<>();
  private final Set<String> revokedOfficers = new HashSet<>();
  private final Map<String, Draft> drafts = new HashMap<>();
  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, String> byEvent = new HashMap<>();
  private final Map<String, String> byAct = new HashMap<>();
  private final Map<String, String> byCode = new HashMap<>();

  /** Acts signed before the simulator started (no draft of this run), by act number. */
  private final Map<String, Draft> recorded = new LinkedHashMap<>();

  private final Map<String, String> recordedByCode = new HashMap<>();
  private int extracts;

  private DabsSimulator(int port, Clock clock) {
    super("dabs", port);
    this.clock = clock;
    DabsPersonas.REGISTERED.forEach(this::register);
    marry(DabsPersonas.MARRIED_MOTHER, DabsPersonas.MARRIED_FATHER);
    marry(DabsPersonas.CO_MOTHERS_MOTHER, DabsPersonas.CO_MOTHER);
    recognisedBeforeBirth(DabsPersonas.RECOGNISING_FATHER, DabsPersonas.UNMARRIED_MOTHER);
    OffsetDateTime longAgo = OffsetDateTime.parse("2019-04-01T09:00:00+02:00");
    recordAct(
        NisCode.ANTWERP,
        "BIRTH",
        List.of(new Person("CHILD", DabsPersonas.KIOSK_RESIDENT.digits(), "Anna Peeters")),
        "1985-07-31",
        longAgo);
    recordAct(
        NisCode.ANTWERP,
        "MARRIAGE",
        List.of(
            new Person("SPOUSE", DabsPersonas.KIOSK_RESIDENT.digits(), "Anna Peeters"),
            new Person("SPOUSE", DabsPersonas.RESIDENTS_SPOUSE.digits(), "Bram Peeters")),
        "2012-06-16",
        longAgo);
  }

  /**
   * An act signed before this run, as if DABS had it from the registers it took over: its persons
   * are registered, and it is listed and extracted like any signed act. Its act number.
   */
  public synchronized String recordAct(
      NisCode municipality,
      String kind,
      List<Person> persons,
      String eventDate,
      OffsetDateTime signedAt) {
    String number =
        String.format(Locale.ROOT, "ACT-%d-R%05d", signedAt.getYear(), recorded.size() + 1);
    Draft act =
        new Draft(
                "RECORDED-" + number,
                municipality,
                kind,
                persons.get(0).nationalNumber(),
                "nl",
                List.copyOf(persons),
                null,
                eventDate,
                null,
                null,
                null,
                null)
            .signed(number, "registrar", signedAt);
    persons.stream()
        .map(Person::nationalNumber)
        .filter(java.util.Objects::nonNull)
        .forEach(registered::add);
    recorded.put(number, act);
    recordedByCode.put(act.verificationCode(), number);
    return number;
  }

  /** Starts DABS on the loopback interface; port 0 takes any free port. */
  public static DabsSimulator start(int port, Clock clock) {
    return new DabsSimulator(port, clock);
  }

  /** The person is in the National Register from now on. */
  public synchronized void register(NationalNumber person) {
    registered.add(person.digits());
  }

  /** The two (registered from now on) are married to each other. */
  public synchronized void marry(NationalNumber one, NationalNumber other) {
    register(one);
    register(other);
    spouses.put(one.digits(), other.digits());
    spouses.put(other.digits(), one.digits());
  }

  /** {@code parent} recognised the unborn child of {@code mother}, and DABS registered it. */
  public synchronized void recognisedBeforeBirth(NationalNumber parent, NationalNumber mother) {
    register(parent);
    register(mother);
    prenatal.add(parent.digits() + "|" + mother.digits());
  }

  /** The officer may no longer sign (or may again). */
  public synchronized void revokeOfficer(String officerId, boolean revoked) {
    if (revoked) {
      revokedOfficers.add(officerId);
    } else {
      revokedOfficers.remove(officerId);
    }
  }

  /** Every draft act made, signed or not. */
  public synchronized List<Draft> drafts() {
    return List.copyOf(drafts.values());
  }

  /** The draft act of this id, if DABS made one. */
  public synchronized Optional<Draft> draft(String draftId) {
    return Optional.ofNullable(drafts.get(draftId));
  }

  /** How many extracts were written. */
  public synchronized int extractsWritten() {
    return extracts;
  }

  @Override
  void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Matcher verification = VERIFICATION.matcher(path);
    if (verification.matches()) {
      if (api.requireMethod(exchange, "GET", path)) {
        verify(exchange, verification.group(1));
      }
      return;
    }
    Matcher signature = SIGNATURE.matcher(path);
    Matcher draft = DRAFT.matcher(path);
    Matcher extract = EXTRACT.matcher(path);
    Matcher personActs = PERSON_ACTS.matcher(path);
    String allowed;
    if (path.equals(DabsContract.DRAFTS_PATH) || signature.matches()) {
      allowed = "POST";
    } else if (draft.matches() || extract.matches() || personActs.matches()) {
      allowed = "GET";
    } else {
      api.notFound(exchange, path);
      return;
    }
    if (!api.requireMethod(exchange, allowed, path)) {
      return;
    }
    Optional<NisCode> municipality = api.authenticate(exchange);
    if (municipality.isEmpty()) {
      return;
    }
    if (signature.matches()) {
      sign(exchange, municipality.get(), signature.group(1));
    } else if (draft.matches()) {
      readDraft(exchange, municipality.get(), draft.group(1));
    } else if (extract.matches()) {
      extract(exchange, extract.group(1));
    } else if (personActs.matches()) {
      personActs(exchange, personActs.group(1));
    } else {
      create(exchange, municipality.get());
    }
  }

  private void create(HttpExchange exchange, NisCode municipality) throws IOException {
    String key = exchange.getRequestHeaders().getFirst(DabsContract.IDEMPOTENCY_KEY);
    if (key == null || !DabsContract.KEY.matcher(key).matches()) {
      api.malformed(
          exchange, DabsContract.IDEMPOTENCY_KEY + " is 8 to 100 letters, digits or . _ : -");
      return;
    }
    JsonNode body = json(exchange);
    if (body == null) {
      return;
    }
    String malformed = malformed(body);
    if (malformed != null) {
      api.malformed(exchange, malformed);
      return;
    }
    List<Person> persons = new ArrayList<>();
    for (JsonNode person : body.get("persons")) {
      JsonNode number = person.get("nationalNumber");
      persons.add(
          new Person(
              person.get("role").asText(),
              number == null ? null : number.asText(),
              person.get("name").asText()));
    }
    String kind = body.get("kind").asText();
    String declarant = body.get("declarant").asText();
    String tie = body.has("otherParentTie") ? body.get("otherParentTie").asText() : null;
    String eventDate = body.has("eventDate") ? body.get("eventDate").asText() : null;
    String scoped = municipality.value() + "/" + key;
    Draft made;
    String code = null;
    String reason = null;
    synchronized (this) {
      String before = byKey.get(scoped);
      if (before != null) {
        send(exchange, 200, draftBody(drafts.get(before)));
        return;
      }
      String unknown = unknown(declarant, persons);
      String notElectronic = unknown == null ? notElectronic(kind, declarant, persons, tie) : null;
      String event = event(kind, persons, eventDate);
      if (unknown != null) {
        code = DabsContract.UNKNOWN_NATIONAL_NUMBER;
        reason = "national number " + unknown + " is not in the National Register";
      } else if (notElectronic != null) {
        code = DabsContract.NOT_ELECTRONIC;
        reason = notElectronic;
      } else if (byEvent.containsKey(event)) {
        code = DabsContract.DUPLICATE_DECLARATION;
        reason = "this event was declared before, as draft " + byEvent.get(event);
      }
      if (code != null) {
        made = null;
      } else {
        made =
            new Draft(
                String.format(Locale.ROOT, "DR-%06d", drafts.size() + 1),
                municipality,
                kind,
                declarant,
                body.get("language").asText(),
                List.copyOf(persons),
                tie,
                eventDate,
                null,
                null,
                null,
                null);
        drafts.put(made.draftId(), made);
        byKey.put(scoped, made.draftId());
        byEvent.put(event, made.draftId());
      }
    }
    if (made == null) {
      api.error(exchange, 422, code, reason);
    } else {
      send(exchange, 201, draftBody(made));
    }
  }

  /** The first national number DABS does not know, or null. */
  private String unknown(String declarant, List<Person> persons) {
    if (!registered.contains(declarant)) {
      return declarant;
    }
    return persons.stream()
        .map(Person::nationalNumber)
        .filter(n -> n != null && !registered.contains(n))
        .findFirst()
        .orElse(null);
  }

  /** Why the law does not allow this declaration electronically, by what DABS holds; or null. */
  private String notElectronic(String kind, String declarant, List<Person> persons, String tie) {
    if (!kind.equals("BIRTH")) {
      return null;
    }
    String mother = numberOf(persons, "MOTHER");
    String other = numberOf(persons, "OTHER_PARENT");
    if (!declarant.equals(mother) && !declarant.equals(other)) {
      return "a birth is declared by a parent";
    }
    if (other == null) {
      return DabsContract.TIE_NONE.equals(tie)
          ? null
          : "the declaration claims an other parent and names none";
    }
    return switch (tie) {
      case DabsContract.TIE_SPOUSE ->
          other.equals(spouses.get(mother))
              ? null
              : "DABS holds no marriage of the mother to the other parent";
      case DabsContract.TIE_PRENATAL ->
          prenatal.contains(other + "|" + mother)
              ? null
              : "DABS holds no prenatal recognition by the other parent";
      default -> "the other parent's filiation is neither presumed nor recognised";
    };
  }

  private static String numberOf(List<Person> persons, String role) {
    return persons.stream()
        .filter(p -> p.role().equals(role))
        .map(Person::nationalNumber)
        .findFirst()
        .orElse(null);
  }

  /** What makes two declarations one event. */
  private static String event(String kind, List<Person> persons, String eventDate) {
    Set<String> who = new TreeSet<>();
    for (Person person : persons) {
      who.add(
          person.role()
              + ":"
              + (person.nationalNumber() == null
                  ? person.name().toLowerCase(Locale.ROOT)
                  : person.nationalNumber()));
    }
    return kind + "|" + (kind.equals("MARRIAGE") ? "" : eventDate) + "|" + who;
  }

  private void readDraft(HttpExchange exchange, NisCode municipality, String draftId)
      throws IOException {
    Draft draft = ownDraft(municipality, draftId);
    if (draft == null) {
      unknownDraft(exchange, draftId);
      return;
    }
    send(exchange, 200, draftBody(draft));
  }

  private void sign(HttpExchange exchange, NisCode municipality, String draftId)
      throws IOException {
    JsonNode body = json(exchange);
    if (body == null) {
      return;
    }
    JsonNode officer = body.get("officerId");
    if (!body.isObject()
        || body.size() != 1
        || officer == null
        || !officer.isTextual()
        || officer.asText().isBlank()
        || officer.asText().length() > 200) {
      api.malformed(exchange, "a signature is {officerId} (1 to 200 characters)");
      return;
    }
    Draft signed;
    boolean revoked;
    synchronized (this) {
      Draft draft = ownDraft(municipality, draftId);
      if (draft == null) {
        unknownDraft(exchange, draftId);
        return;
      }
      revoked = draft.actNumber() == null && revokedOfficers.contains(officer.asText());
      signed = draft;
      if (!revoked && draft.actNumber() == null) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        signed =
            draft.signed(
                String.format(Locale.ROOT, "ACT-%d-%06d", now.getYear(), byAct.size() + 1),
                officer.asText(),
                now);
        drafts.put(draftId, signed);
        byAct.put(signed.actNumber(), draftId);
        byCode.put(signed.verificationCode(), draftId);
      }
    }
    if (revoked) {
      api.error(
          exchange,
          422,
          DabsContract.OFFICER_NOT_AUTHORISED,
          "officer " + officer.asText() + " may not sign for municipality " + municipality);
      return;
    }
    ObjectNode answer = api.json().createObjectNode();
    answer.put("draftId", signed.draftId());
    answer.put("status", "SIGNED");
    answer.put("actNumber", signed.actNumber());
    answer.put("signedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(signed.signedAt()));
    send(exchange, 200, answer);
  }

  private void extract(HttpExchange exchange, String actNumber) throws IOException {
    String language =
        PartnerJson.query(exchange.getRequestURI().getRawQuery()).getOrDefault("language", "");
    if (!LANGUAGES.contains(language)) {
      api.malformed(exchange, "language is nl, fr or en");
      return;
    }
    Draft act;
    synchronized (this) {
      // DABS is national: any municipality delivers the extract of any signed act.
      String draftId = byAct.get(actNumber);
      act = draftId == null ? recorded.get(actNumber) : drafts.get(draftId);
      if (act != null) {
        extracts++;
      }
    }
    if (act == null) {
      api.error(exchange, 404, DabsContract.UNKNOWN_ACT, "no signed act " + actNumber);
      return;
    }
    String url = baseUri() + DabsContract.VERIFICATIONS_PATH + "/" + act.verificationCode();
    byte[] pdf =
        ExtractPdf.write(
            title(act, language),
            lines(act),
            seal(act, language),
            url,
            act.kind() + "/" + language);
    exchange.getResponseHeaders().set(DabsContract.VERIFICATION_URL, url);
    SimulatorServer.send(exchange, 200, DabsContract.PDF, pdf);
  }

  private void verify(HttpExchange exchange, String code) throws IOException {
    Draft act;
    synchronized (this) {
      String draftId = byCode.get(code);
      String recordedAct = recordedByCode.get(code);
      act =
          draftId != null
              ? drafts.get(draftId)
              : recordedAct == null ? null : recorded.get(recordedAct);
    }
    if (act == null) {
      api.error(exchange, 404, DabsContract.UNKNOWN_ACT, "no extract has this code");
      return;
    }
    ObjectNode answer = api.json().createObjectNode();
    answer.put("actNumber", act.actNumber());
    answer.put("kind", act.kind());
    answer.put("municipality", act.municipality().value());
    answer.put("signedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(act.signedAt()));
    answer.put("valid", true);
    send(exchange, 200, answer);
  }

  /** The signed acts that name the person, oldest event first. */
  private void personActs(HttpExchange exchange, String nationalNumber) throws IOException {
    if (!NATIONAL_NUMBER.matcher(nationalNumber).matches()) {
      api.malformed(exchange, "a national number is eleven digits");
      return;
    }
    List<Draft> acts = new ArrayList<>();
    synchronized (this) {
      if (!registered.contains(nationalNumber)) {
        api.error(
            exchange,
            404,
            DabsContract.UNKNOWN_NATIONAL_NUMBER,
            nationalNumber + " is not in the National Register");
        return;
      }
      List<Draft> signed = new ArrayList<>(recorded.values());
      drafts.values().stream().filter(d -> d.actNumber() != null).forEach(signed::add);
      for (Draft act : signed) {
        if (act.persons().stream().anyMatch(p -> nationalNumber.equals(p.nationalNumber()))) {
          acts.add(act);
        }
      }
    }
    acts.sort(
        java.util.Comparator.comparing((Draft d) -> d.eventDate() == null ? "9999" : d.eventDate())
            .thenComparing(Draft::signedAt));
    ObjectNode answer = api.json().createObjectNode();
    var list = answer.putArray("acts");
    for (Draft act : acts) {
      ObjectNode item = list.addObject();
      item.put("actNumber", act.actNumber());
      item.put("kind", act.kind());
      if (act.eventDate() != null) {
        item.put("eventDate", act.eventDate());
      }
      item.put("municipality", act.municipality().value());
      item.put("signedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(act.signedAt()));
    }
    send(exchange, 200, answer);
  }

  private static String title(Draft act, String language) {
    String what =
        switch (act.kind()) {
          case "BIRTH" ->
              language.equals("nl") ? "geboorte" : language.equals("fr") ? "naissance" : "birth";
          case "RECOGNITION" ->
              language.equals("nl")
                  ? "erkenning"
                  : language.equals("fr") ? "reconnaissance" : "recognition";
          default ->
              language.equals("nl") ? "huwelijk" : language.equals("fr") ? "mariage" : "marriage";
        };
    return switch (language) {
      case "nl" -> "Uittreksel uit de akte van " + what + " " + act.actNumber();
      case "fr" -> "Extrait de l'acte de " + what + " " + act.actNumber();
      default -> "Extract of the act of " + what + " " + act.actNumber();
    };
  }

  private static List<String> lines(Draft act) {
    List<String> lines = new ArrayList<>();
    for (Person person : act.persons()) {
      lines.add(
          person.role().toLowerCase(Locale.ROOT).replace('_', ' ')
              + ": "
              + person.name()
              + (person.nationalNumber() == null ? "" : " (" + person.nationalNumber() + ")"));
    }
    if (act.eventDate() != null) {
      lines.add("date: " + act.eventDate());
    }
    lines.add("NIS " + act.municipality().value() + ", " + act.signedAt().toLocalDate());
    return lines;
  }

  private static String seal(Draft act, String language) {
    String sealed =
        switch (language) {
          case "nl" -> "Verzegeld door DABS";
          case "fr" -> "Scellé par la BAEC";
          default -> "Sealed by DABS";
        };
    return sealed + " — " + act.actNumber() + " — " + act.verificationCode();
  }

  private Draft ownDraft(NisCode municipality, String draftId) {
    synchronized (this) {
      Draft draft = drafts.get(draftId);
      return draft == null || !draft.municipality().equals(municipality) ? null : draft;
    }
  }

  private void unknownDraft(HttpExchange exchange, String draftId) throws IOException {
    api.error(exchange, 404, DabsContract.UNKNOWN_DRAFT, "no draft act " + draftId);
  }

  private ObjectNode draftBody(Draft draft) {
    ObjectNode answer = api.json().createObjectNode();
    answer.put("draftId", draft.draftId());
    answer.put("kind", draft.kind());
    answer.put("status", draft.actNumber() == null ? "DRAFT" : "SIGNED");
    if (draft.actNumber() != null) {
      answer.put("actNumber", draft.actNumber());
    }
    return answer;
  }

  private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    api.send(exchange, status, body);
  }

  /** The body as JSON, or null when a 400 was answered. */
  private JsonNode json(HttpExchange exchange) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith(DabsContract.JSON)) {
      api.malformed(exchange, "the body is application/json");
      return null;
    }
    try {
      JsonNode body = api.json().readTree(SimulatorServer.readBody(exchange));
      if (body == null || !body.isObject()) {
        api.malformed(exchange, "the body is a JSON object");
        return null;
      }
      return body;
    } catch (IOException e) {
      api.malformed(exchange, "the body is not JSON");
      return null;
    }
  }

  /** What makes the body not a declaration of the contract, or null. */
  private static String malformed(JsonNode body) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        return "a declaration has no field " + name;
      }
    }
    if (!oneOf(body.get("kind"), KINDS)) {
      return "kind is BIRTH, RECOGNITION or MARRIAGE";
    }
    if (!number(body.get("declarant"))) {
      return "declarant is a national number of eleven digits";
    }
    if (!oneOf(body.get("language"), LANGUAGES)) {
      return "language is nl, fr or en";
    }
    JsonNode persons = body.get("persons");
    if (persons == null || !persons.isArray() || persons.isEmpty() || persons.size() > 4) {
      return "persons is an array of 1 to 4 persons";
    }
    for (JsonNode person : persons) {
      if (!person.isObject()
          || !oneOf(person.get("role"), ROLES)
          || !text(person.get("name"))
          || (person.has("nationalNumber") && !number(person.get("nationalNumber")))
          || (!person.has("nationalNumber") && !"CHILD".equals(person.get("role").asText()))) {
        return "a person is {role, nationalNumber (but a new child), name}";
      }
    }
    boolean birth = body.get("kind").asText().equals("BIRTH");
    JsonNode tie = body.get("otherParentTie");
    if (birth ? !oneOf(tie, TIES) : tie != null) {
      return "otherParentTie is SPOUSE_OF_MOTHER, PRENATAL_RECOGNITION or NONE, for a birth only";
    }
    JsonNode eventDate = body.get("eventDate");
    if (eventDate != null) {
      try {
        LocalDate.parse(eventDate.asText());
      } catch (DateTimeException e) {
        return "eventDate is a date";
      }
    }
    return null;
  }

  private static boolean oneOf(JsonNode node, Set<String> values) {
    return node != null && node.isTextual() && values.contains(node.asText());
  }

  private static boolean number(JsonNode node) {
    return node != null && node.isTextual() && NATIONAL_NUMBER.matcher(node.asText()).matches();
  }

  private static boolean text(JsonNode node) {
    return node != null
        && node.isTextual()
        && !node.asText().isBlank()
        && node.asText().length() <= 200;
  }
}
