package be.loketopmaat.adapters.federal.dabs;

import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.http.PartnerJsonApi;
import be.loketopmaat.adapters.federal.http.SystemCircuitBreaker;
import be.loketopmaat.application.port.out.federal.CivilStatusRegistry;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.civilstatus.Declaration;
import be.loketopmaat.domain.civilstatus.DeclarationKind;
import be.loketopmaat.domain.civilstatus.ParentRelation;
import be.loketopmaat.domain.civilstatus.Party;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.population.NisCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * DABS, the federal civil-status database, over JSON and HTTP, as {@code
 * contracts/dabs/civil-status-acts.openapi.yaml} writes it down. Every call goes through the
 * system's circuit breaker; a refusal is an answer and does not count against it. What DABS answers
 * is read strictly (an answer outside the contract is a {@link
 * be.loketopmaat.application.port.out.federal.SystemUnavailableException} that says what was
 * wrong); fields it adds are ignored.
 */
public final class HttpDabs implements CivilStatusRegistry {
  public static final String SYSTEM = "DABS civil-status database";

  private final PartnerJsonApi api;
  private final SystemCircuitBreaker breaker;

  public HttpDabs(
      EndpointSettings endpoint, PartnerCredentials credentials, CircuitBreakerSettings circuit) {
    this.api = new PartnerJsonApi(SYSTEM, "DABS", endpoint, credentials);
    this.breaker = new SystemCircuitBreaker(SYSTEM, circuit);
  }

  /** With the circuit breaker's {@linkplain CircuitBreakerSettings#defaults() defaults}. */
  public HttpDabs(EndpointSettings endpoint, PartnerCredentials credentials) {
    this(endpoint, credentials, CircuitBreakerSettings.defaults());
  }

  /** The state of DABS's circuit breaker, for monitoring. */
  public CircuitBreaker.State circuitState() {
    return breaker.state();
  }

  @Override
  public DraftAct createDraft(Declaration declaration) {
    Objects.requireNonNull(declaration, "declaration");
    byte[] body = api.write(written(declaration));
    String key = declaration.id().toString();
    return breaker.call(() -> postDraft(body, key));
  }

  @Override
  public Optional<DraftAct> draft(String draftId) {
    if (draftId == null || !DabsContract.ID.matcher(draftId).matches()) {
      return Optional.empty(); // no draft of DABS has such an id
    }
    return breaker.call(() -> readDraft(draftId));
  }

  @Override
  public SignedAct sign(String draftId, String officerId) {
    requireId(draftId, "a draft id");
    if (officerId == null || officerId.isBlank() || officerId.length() > 200) {
      throw new IllegalArgumentException("an officer's id is 1 to 200 characters");
    }
    ObjectNode body = api.json().createObjectNode();
    body.put("officerId", officerId);
    byte[] written = api.write(body);
    return breaker.call(() -> postSignature(draftId, written));
  }

  @Override
  public Extract extract(String actNumber, Language language) {
    requireId(actNumber, "an act number");
    Objects.requireNonNull(language, "language");
    return breaker.call(() -> readExtract(actNumber, language));
  }

  @Override
  public List<Act> acts(NationalNumber person) {
    Objects.requireNonNull(person, "person");
    return breaker.call(() -> readActs(person.digits()));
  }

  private ObjectNode written(Declaration declaration) {
    ObjectNode body = api.json().createObjectNode();
    body.put("kind", declaration.kind().name());
    body.put("declarant", declaration.declarant().digits());
    body.put("language", declaration.language().tag());
    ArrayNode persons = body.putArray("persons");
    for (Party party : declaration.parties()) {
      ObjectNode person = persons.addObject();
      person.put("role", party.role().name());
      if (party.insz() != null) {
        person.put("nationalNumber", party.insz().digits());
      }
      person.put("name", party.name());
    }
    if (declaration.relation() != null) {
      body.put("otherParentTie", tie(declaration.relation()));
    }
    if (declaration.eventDate() != null) {
      body.put("eventDate", declaration.eventDate().toString());
    }
    return body;
  }

  static String tie(ParentRelation relation) {
    return switch (relation) {
      case MARRIED_TO_MOTHER -> DabsContract.TIE_SPOUSE;
      case PRENATAL_RECOGNITION -> DabsContract.TIE_PRENATAL;
      case NONE -> DabsContract.TIE_NONE;
    };
  }

  private DraftAct postDraft(byte[] body, String key) {
    HttpRequest request =
        api.request(DabsContract.DRAFTS_PATH)
            .header("Content-Type", DabsContract.JSON)
            .header(DabsContract.IDEMPOTENCY_KEY, key)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response = api.send(request);
    return switch (response.statusCode()) {
      case 200, 201 -> draftOf(api.object(response), "the draft");
      case 422 -> throw refusal(response, null);
      default -> throw api.notServed(response);
    };
  }

  private Optional<DraftAct> readDraft(String draftId) {
    HttpResponse<byte[]> response =
        api.send(api.request(DabsContract.draftPath(draftId)).GET().build());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw api.notServed(response);
    }
    DraftAct draft = draftOf(api.object(response), "the draft");
    if (!draft.draftId().equals(draftId)) {
      throw api.unexpected(
          "the draft " + draft.draftId() + " where " + draftId + " was asked", null);
    }
    return Optional.of(draft);
  }

  private SignedAct postSignature(String draftId, byte[] body) {
    HttpRequest request =
        api.request(DabsContract.signaturePath(draftId))
            .header("Content-Type", DabsContract.JSON)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response = api.send(request);
    return switch (response.statusCode()) {
      case 200 -> {
        JsonNode act = api.object(response);
        if (!"SIGNED".equals(api.text(act, "status", "the signed act"))) {
          throw api.unexpected("a signature answered with a draft that is not SIGNED", null);
        }
        yield new SignedAct(
            id(act, "actNumber", "the signed act"),
            api.cityTime(act, "signedAt", "the signed act"));
      }
      case 404 -> throw refusal(response, DabsContract.UNKNOWN_DRAFT);
      case 422 -> throw refusal(response, null);
      default -> throw api.notServed(response);
    };
  }

  private Extract readExtract(String actNumber, Language language) {
    HttpRequest request =
        api.request(DabsContract.extractPath(actNumber, language.tag()))
            .setHeader("Accept", DabsContract.PDF + ", " + DabsContract.JSON)
            .GET()
            .build();
    HttpResponse<byte[]> response = api.send(request);
    if (response.statusCode() == 404) {
      throw refusal(response, DabsContract.UNKNOWN_ACT);
    }
    if (response.statusCode() != 200) {
      throw api.notServed(response);
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    byte[] pdf = response.body();
    if (!type.startsWith(DabsContract.PDF) || pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P') {
      throw api.unexpected("an extract that is not a PDF (" + type + ")", null);
    }
    String url =
        response
            .headers()
            .firstValue(DabsContract.VERIFICATION_URL)
            .orElseThrow(
                () ->
                    api.unexpected(
                        "an extract without its " + DabsContract.VERIFICATION_URL, null));
    return new Extract(pdf, url);
  }

  private List<Act> readActs(String person) {
    HttpResponse<byte[]> response =
        api.send(api.request(DabsContract.personActsPath(person)).GET().build());
    if (response.statusCode() == 404) {
      throw refusal(response, DabsContract.UNKNOWN_NATIONAL_NUMBER);
    }
    if (response.statusCode() != 200) {
      throw api.notServed(response);
    }
    JsonNode acts = api.object(response).get("acts");
    if (acts == null || !acts.isArray()) {
      throw api.unexpected("a person's acts without the list of acts", null);
    }
    List<Act> read = new ArrayList<>();
    for (JsonNode act : acts) {
      String where = "an act of the person";
      DeclarationKind kind;
      try {
        kind = DeclarationKind.valueOf(api.text(act, "kind", where));
      } catch (IllegalArgumentException unknown) {
        throw api.unexpected(where + " has a kind the contract does not know", unknown);
      }
      String eventDate = api.optionalText(act, "eventDate", where);
      NisCode municipality;
      LocalDate day;
      try {
        municipality = NisCode.of(api.text(act, "municipality", where));
        day = eventDate == null ? null : LocalDate.parse(eventDate);
      } catch (RuntimeException malformed) {
        throw api.unexpected(where + " has a municipality or day outside the contract", malformed);
      }
      read.add(
          new Act(
              id(act, "actNumber", where),
              kind,
              day,
              municipality,
              api.cityTime(act, "signedAt", where)));
    }
    return List.copyOf(read);
  }

  private DraftAct draftOf(JsonNode node, String where) {
    String draftId = id(node, "draftId", where);
    String status = api.text(node, "status", where);
    return switch (status) {
      case "DRAFT" -> new DraftAct(draftId, false, null);
      case "SIGNED" -> new DraftAct(draftId, true, id(node, "actNumber", where));
      default -> throw api.unexpected(where + " has a status the contract does not know", null);
    };
  }

  private String id(JsonNode node, String field, String where) {
    String id = api.text(node, field, where);
    if (!DabsContract.ID.matcher(id).matches()) {
      throw api.unexpected(where + " has a " + field + " outside the contract", null);
    }
    return id;
  }

  private RuntimeException refusal(HttpResponse<byte[]> response, String fallbackCode) {
    return api.refusal(
        response,
        fallbackCode,
        (code, reason) -> {
          Refusal refusal =
              switch (code) {
                case DabsContract.UNKNOWN_NATIONAL_NUMBER -> Refusal.UNKNOWN_NATIONAL_NUMBER;
                case DabsContract.NOT_ELECTRONIC -> Refusal.NOT_ELECTRONIC;
                case DabsContract.DUPLICATE_DECLARATION -> Refusal.DUPLICATE_DECLARATION;
                case DabsContract.UNKNOWN_DRAFT -> Refusal.UNKNOWN_DRAFT;
                case DabsContract.OFFICER_NOT_AUTHORISED -> Refusal.OFFICER_NOT_AUTHORISED;
                case DabsContract.UNKNOWN_ACT -> Refusal.UNKNOWN_ACT;
                default -> null;
              };
          if (refusal == null) {
            return api.unexpected(
                "HTTP "
                    + response.statusCode()
                    + " with a code the contract does not know: "
                    + code,
                null);
          }
          return new RegistryRefusedException(refusal, reason);
        });
  }

  private static void requireId(String id, String what) {
    if (id == null || !DabsContract.ID.matcher(id).matches()) {
      throw new IllegalArgumentException(what + " is 4 to 40 capitals, digits or dashes: " + id);
    }
  }
}
