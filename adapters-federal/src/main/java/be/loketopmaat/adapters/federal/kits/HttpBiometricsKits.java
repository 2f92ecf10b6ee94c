package be.loketopmaat.adapters.federal.kits;

import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.FederalHttp;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.http.PartnerJsonApi;
import be.loketopmaat.adapters.federal.http.SystemCircuitBreaker;
import be.loketopmaat.application.port.out.federal.BiometricsKits;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The mobile biometrics kits' sync service over JSON and HTTP, as {@code
 * contracts/biometrics-kits/biometrics-kits.openapi.yaml} writes it down, through the system's
 * circuit breaker. Every answer off the contract, and every refusal (an unknown kit is a
 * configuration to fix, not a visit to drop), is a {@link SystemUnavailableException} that says
 * what was wrong, so that the call waits in the outbox until it is fixed. A visit the kit already
 * reported on is not loaded or taken off again: the report, in the feed, says what became of it.
 */
public final class HttpBiometricsKits implements BiometricsKits {
  public static final String SYSTEM = "Mobile biometrics kits";

  private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("HH:mm");

  private final PartnerJsonApi api;
  private final FederalHttp http;
  private final SystemCircuitBreaker breaker;

  public HttpBiometricsKits(
      EndpointSettings endpoint, PartnerCredentials credentials, CircuitBreakerSettings circuit) {
    this.api = new PartnerJsonApi(SYSTEM, "the kits' sync service", endpoint, credentials);
    this.http = api.http();
    this.breaker = new SystemCircuitBreaker(SYSTEM, circuit);
  }

  public HttpBiometricsKits(EndpointSettings endpoint, PartnerCredentials credentials) {
    this(endpoint, credentials, CircuitBreakerSettings.defaults());
  }

  @Override
  public void load(KitVisit visit) {
    Objects.requireNonNull(visit, "visit");
    requireKit(visit.kit());
    if (visit.visitId() == null
        || visit.day() == null
        || visit.start() == null
        || visit.purpose() == null
        || visit.kind() == null
        || visit.insz() == null
        || visit.name() == null
        || visit.name().isBlank()
        || visit.name().length() > 200
        || (visit.productionNumber() != null
            && !KitContract.PRODUCTION_NUMBER.matcher(visit.productionNumber()).matches())) {
      throw new IllegalArgumentException(
          "a kit visit needs its id, day, start, purpose, document kind, national number, a name"
              + " of 1 to 200 characters, and a production number of the contract's shape if any");
    }
    breaker.run(() -> put(visit));
  }

  @Override
  public void unload(String kit, UUID visitId) {
    requireKit(kit);
    Objects.requireNonNull(visitId, "visitId");
    breaker.run(() -> delete(kit, visitId));
  }

  @Override
  public KitReports reportsAfter(long cursor, int limit) {
    if (cursor < 0) {
      throw new IllegalArgumentException("the cursor is 0 or a sequence, not " + cursor);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("the limit is at least 1, not " + limit);
    }
    int asked = Math.min(limit, KitContract.MAX_LIMIT);
    return breaker.call(() -> readReports(cursor, asked));
  }

  private static void requireKit(String kit) {
    if (kit == null || !KitContract.KIT_ID.matcher(kit).matches()) {
      throw new IllegalArgumentException("not a kit id of the contract's shape: " + kit);
    }
  }

  private Void put(KitVisit visit) {
    ObjectNode body = api.json().createObjectNode();
    body.put("day", visit.day().toString());
    body.put("start", START.format(visit.start()));
    body.put("purpose", visit.purpose().name());
    body.put("documentType", visit.kind().name());
    body.put("nationalNumber", visit.insz().digits());
    body.put("name", visit.name());
    if (visit.productionNumber() != null) {
      body.put("productionNumber", visit.productionNumber());
    }
    HttpRequest request =
        api.request(KitContract.visitPath(visit.kit(), visit.visitId()))
            .header("Content-Type", KitContract.JSON)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(api.write(body)))
            .build();
    return answered(http.send(request), "loading visit " + visit.visitId());
  }

  private Void delete(String kit, UUID visitId) {
    HttpRequest request = api.request(KitContract.visitPath(kit, visitId)).DELETE().build();
    return answered(http.send(request), "taking visit " + visitId + " off");
  }

  private Void answered(HttpResponse<byte[]> response, String what) {
    int status = response.statusCode();
    if (status == 204) {
      return null;
    }
    if (status == 409 && KitContract.VISIT_REPORTED.equals(errorCode(response))) {
      return null; // the kit reported on it already: the feed tells what became of the visit
    }
    if (status == 404 && KitContract.UNKNOWN_KIT.equals(errorCode(response))) {
      throw api.unexpected(what + ": the sync service knows no such kit of ours", null);
    }
    throw api.notServed(response);
  }

  private String errorCode(HttpResponse<byte[]> response) {
    try {
      JsonNode node = api.json().readTree(response.body());
      return node != null && node.path("code").isTextual() ? node.get("code").asText() : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private KitReports readReports(long cursor, int limit) {
    HttpRequest request =
        api.request(KitContract.REPORTS_PATH + "?after=" + cursor + "&limit=" + limit)
            .GET()
            .build();
    HttpResponse<byte[]> response = http.send(request);
    if (response.statusCode() != 200) {
      throw api.notServed(response);
    }
    JsonNode page = api.object(response);
    JsonNode reports = page.get("reports");
    if (reports == null || !reports.isArray()) {
      throw api.unexpected("a page of reports without a reports array", null);
    }
    if (reports.size() > limit) {
      throw api.unexpected(
          reports.size() + " reports where at most " + limit + " were asked", null);
    }
    List<KitReport> read = new ArrayList<>(reports.size());
    long last = cursor;
    for (JsonNode report : reports) {
      KitReport next = readReport(report);
      if (next.sequence() <= last) {
        throw api.unexpected(
            "report " + next.sequence() + " does not come after " + last + " in the feed", null);
      }
      last = next.sequence();
      read.add(next);
    }
    long next = api.number(page, "next", "the page of reports");
    if (next < last) {
      throw api.unexpected(
          "the page's next " + next + " is before its reports (" + last + ")", null);
    }
    return new KitReports(List.copyOf(read), next);
  }

  private KitReport readReport(JsonNode report) {
    if (!report.isObject()) {
      throw api.unexpected("a report that is not an object", null);
    }
    long sequence = api.number(report, "sequence", "a report");
    String where = "report " + sequence;
    UUID visitId;
    try {
      visitId = UUID.fromString(api.text(report, "visitId", where));
    } catch (IllegalArgumentException e) {
      throw api.unexpected(where + " has a visitId that is not a UUID", e);
    }
    String kit = api.text(report, "kitId", where);
    if (!KitContract.KIT_ID.matcher(kit).matches()) {
      throw api.unexpected(where + " has a kit id outside the contract", null);
    }
    Outcome outcome;
    String named = api.text(report, "outcome", where);
    try {
      outcome = Outcome.valueOf(KitContract.Outcome.valueOf(named).name());
    } catch (IllegalArgumentException e) {
      throw api.unexpected(where + " has an outcome the contract does not know: " + named, e);
    }
    LocalDateTime at = api.cityTime(report, "at", where);
    String operator = api.text(report, "operator", where);
    JsonNode fingerprints = report.get("fingerprints");
    if (fingerprints == null || !fingerprints.isBoolean()) {
      throw api.unexpected(where + " does not say whether fingerprints were taken", null);
    }
    String reason = api.optionalText(report, "reason", where);
    if (outcome == Outcome.NOT_DONE && reason == null) {
      throw api.unexpected(where + " is NOT_DONE without a reason", null);
    }
    return new KitReport(
        sequence, visitId, kit, outcome, at, operator, fingerprints.booleanValue(), reason);
  }
}
