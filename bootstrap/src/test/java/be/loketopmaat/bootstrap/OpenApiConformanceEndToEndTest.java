package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.calendar.CityTime;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service's answers, read against its own OpenAPI document as a contract-testing tool reads
 * them (Atlassian's swagger-request-validator): over real HTTP on PostgreSQL, a tour of the API
 * with good requests and the bad ones a client sends by mistake. Every answer's status must be one
 * the operation documents, with a body of the documented schema and media type; an undocumented
 * status, a field missing from a schema or a problem that is not of the Problem schema fails here.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiConformanceEndToEndTest implements TestPropertyProvider {
  private static final String PRODUCT = "eid-application";
  private static final String LOCATION = "districtshuis-deurne";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private final HttpClient client = HttpClient.newHttpClient();
  private final List<String> violations = new ArrayList<>();
  private OpenApiInteractionValidator contract;
  private JsonNode paths;
  private JsonNode contractDocument;
  private int checked;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties =
        new HashMap<>(TestDatabase.postgres("e2e_openapi_conformance"));
    properties.put("loket.city", "antwerp");
    properties.put("loket.staff.token", Http.STAFF_TOKEN);
    properties.put("loket.rate-limit.enabled", "false");
    return properties;
  }

  @BeforeAll
  void readTheContract() throws IOException, InterruptedException {
    HttpResponse<String> document =
        client.send(
            HttpRequest.newBuilder(server.getURI().resolve("/api/v1/openapi.yml")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(document.statusCode()).isEqualTo(200);
    JsonNode tree = new YAMLMapper().readTree(document.body());
    nullableAsAWhole(tree);
    contract = OpenApiInteractionValidator.createForInlineApiSpecification(tree.toString()).build();
    paths = tree.path("paths");
    contractDocument = tree;
  }

  /**
   * {@code nullable: true} beside {@code allOf: [$ref]} means "this, or null" (the OpenAPI
   * community's reading, and what OpenAPI 3.1's {@code type: [X, "null"]} made explicit), but this
   * validator applies the {@code allOf} to a null too. Said in its terms: either the schema or
   * null.
   */
  private static void nullableAsAWhole(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.path("nullable").asBoolean() && object.has("allOf")) {
        ObjectNode schema = object.deepCopy();
        schema.remove("nullable");
        ObjectNode nothing = object.objectNode();
        nothing.put("type", object.path("type").asText("object"));
        nothing.put("nullable", true);
        nothing.putArray("enum").addNull();
        object.removeAll();
        object.putArray("anyOf").add(schema).add(nothing);
      }
      object.elements().forEachRemaining(OpenApiConformanceEndToEndTest::nullableAsAWhole);
    } else if (node instanceof ArrayNode array) {
      array.elements().forEachRemaining(OpenApiConformanceEndToEndTest::nullableAsAWhole);
    }
  }

  @BeforeEach
  void noViolationYet() {
    violations.clear();
    checked = 0;
  }

  @Test
  void everyAnswerOfATourOfTheApiIsOneItsOperationDocuments() throws Exception {
    String from = LocalDate.now(CityTime.ZONE).plusDays(4).toString();

    // Reference data, good and bad.
    get("/api/v1/products");
    get("/api/v1/products/" + PRODUCT);
    get("/api/v1/products/no-such-product");
    get("/api/v1/products/NOT%20A%20CODE");
    get("/api/v1/locations");
    get("/api/v1/locations/" + LOCATION);
    get("/api/v1/locations/nowhere");
    get("/api/v1/city");
    get("/api/v1/advice?product=" + PRODUCT + "&district=berchem&reducedMobility=true");
    get("/api/v1/advice?product=no-such-product");
    get("/api/v1/advice");

    // The search, good and bad.
    String slots =
        get(
            "/api/v1/availability?product="
                + PRODUCT
                + "&mode=proximity&location="
                + LOCATION
                + "&limit=2&from="
                + from);
    get("/api/v1/availability?product=" + PRODUCT + "&mode=flexible&limit=3&from=" + from);
    get("/api/v1/availability?mode=proximity&location=" + LOCATION);
    get("/api/v1/availability?product=" + PRODUCT + "&mode=sideways");
    get("/api/v1/availability?product=" + PRODUCT + "&mode=flexible&persons=0");
    get("/api/v1/availability?product=" + PRODUCT + "&mode=flexible&limit=100000");
    get("/api/v1/availability?product=" + PRODUCT + "&mode=flexible&from=tomorrow");

    List<Map<String, Object>> offered = list(slots, "slots");
    assertThat(offered).hasSizeGreaterThanOrEqualTo(2);
    Map<String, Object> first = offered.get(0);
    Map<String, Object> second = offered.get(1);

    // Holds and bookings, good and bad.
    String hold =
        post(
            "/api/v1/holds",
            Map.of(
                "products",
                List.of(PRODUCT),
                "location",
                first.get("location"),
                "start",
                first.get("start")));
    post("/api/v1/holds", Map.of("products", List.of(PRODUCT)));
    send("POST", "/api/v1/holds", "{\"products\": [", "Content-Type", "application/json");
    send("POST", "/api/v1/holds", "products=x", "Content-Type", "text/plain");
    String booked =
        post(
            "/api/v1/appointments",
            Map.of(
                "hold",
                object(hold).get("id"),
                "citizen",
                citizen("Conny Contract", 850_401_001L)));
    post(
        "/api/v1/appointments",
        Map.of(
            "products",
            List.of(PRODUCT),
            "location",
            second.get("location"),
            "start",
            first.get("start"),
            "citizen",
            citizen("Late Lode", 850_401_002L)));
    post(
        "/api/v1/appointments",
        Map.of("citizen", Map.of("insz", "12345678901", "name", "", "email", "not-mail")));
    String reference = (String) object(booked).get("reference");
    String code = (String) object(booked).get("managementCode");

    // The citizen's own appointment, with and without its code.
    String own = "/api/v1/appointments/" + reference;
    send("GET", own, null, "X-Management-Code", code);
    send("GET", own, null, "X-Management-Code", "a-guess");
    send("GET", own, null);
    send("GET", "/api/v1/appointments/not-a-reference!", null, "X-Management-Code", code);
    send("GET", own + "/calendar.ics?code=" + code, null, "Accept", "text/calendar");
    send("GET", own + "/calendar.ics?code=" + code, null, "Accept", "application/json");
    postWith(
        own + "/reschedule",
        Map.of("location", second.get("location"), "start", second.get("start")),
        "X-Management-Code",
        code);
    postWith(own + "/reschedule", Map.of("location", LOCATION), "X-Management-Code", code);
    postWith(own + "/cancel", Map.of(), "X-Management-Code", code);
    postWith(own + "/cancel", Map.of(), "X-Management-Code", code);

    // Staff: without a token, with a bad one, with the token.
    send("GET", "/api/v1/staff/appointments?date=" + from, null);
    send(
        "GET",
        "/api/v1/staff/appointments?date=" + from,
        null,
        "Authorization",
        "Bearer not-the-token");
    staff("GET", "/api/v1/staff/appointments?date=" + from + "&location=" + LOCATION, null);
    staff("GET", "/api/v1/staff/appointments/" + reference, null);
    staff("GET", "/api/v1/staff/appointments/ZZZ-ZZZZ", null);
    staff(
        "POST",
        "/api/v1/staff/appointments",
        Map.of(
            "products",
            List.of(PRODUCT),
            "location",
            first.get("location"),
            "start",
            first.get("start"),
            "citizen",
            citizen("Carla Caller", 850_401_003L),
            "channel",
            "CALL"));
    staff(
        "POST",
        "/api/v1/staff/appointments",
        Map.of("products", List.of(PRODUCT), "channel", "PIGEON"));

    // A request head beyond the limits.
    get("/api/v1/products/" + "a".repeat(9000));
    send("GET", "/api/v1/products", null, "X-Padding", "a".repeat(10_000));

    // The kiosk without its key, the verification of an attest nobody printed.
    send("GET", "/api/v1/kiosk/products", null);
    send("GET", "/api/v1/kiosk/products", null, "X-Kiosk-Key", "forged");
    get("/api/v1/attest-verifications/NO-SUCH-CODE");

    assertThat(checked).isGreaterThan(40);
    assertThat(violations).as("answers the OpenAPI document does not describe").isEmpty();
  }

  /**
   * Every GET of the document, its path parameters filled with values that name nothing and with
   * values of the wrong shape, staff routes with the token and without: each answer (404, 400, 401,
   * ...) must be one the operation documents.
   */
  @Test
  void everyReadOfTheDocumentAnswersADocumentedStatusForUnknownAndMalformedIdentifiers()
      throws Exception {
    List<String> reads = new ArrayList<>();
    paths
        .fields()
        .forEachRemaining(
            path -> {
              if (path.getValue().has("get")) {
                reads.add(path.getKey());
              }
            });
    for (String template : reads) {
      for (boolean wellFormed : List.of(true, false)) {
        String path = filled(template, wellFormed);
        if (template.startsWith("/api/v1/staff/")) {
          staff("GET", path, null);
          if (wellFormed) {
            send("GET", path, null);
          }
        } else if (!wellFormed || template.contains("{")) {
          send("GET", path, null);
        }
      }
    }

    assertThat(reads).hasSizeGreaterThan(40);
    assertThat(violations).as("answers the OpenAPI document does not describe").isEmpty();
  }

  /**
   * Every write of the document (POST, PUT, DELETE), on identifiers that name nothing, with an
   * empty object, with JSON that does not parse and with a body that is not JSON: each answer must
   * be one the operation documents.
   */
  @Test
  void everyWriteOfTheDocumentAnswersADocumentedStatusForEmptyAndBrokenBodies() throws Exception {
    List<String[]> writes = new ArrayList<>();
    paths
        .fields()
        .forEachRemaining(
            path -> {
              for (String method : List.of("post", "put", "delete")) {
                if (path.getValue().has(method)) {
                  writes.add(new String[] {method.toUpperCase(Locale.ROOT), path.getKey()});
                }
              }
            });
    for (String[] write : writes) {
      String method = write[0];
      String path = filled(write[1], true);
      boolean staffRoute = write[1].startsWith("/api/v1/staff/");
      String[] token =
          staffRoute ? new String[] {"Authorization", "Bearer " + Http.STAFF_TOKEN} : new String[0];
      if ("DELETE".equals(method)) {
        send(method, path, null, token);
        continue;
      }
      for (String[] body :
          List.of(
              new String[] {"{}", "application/json"},
              new String[] {"{\"broken\": ", "application/json"},
              new String[] {"<xml/>", "application/xml"})) {
        String[] headers = java.util.Arrays.copyOf(token, token.length + 2);
        headers[token.length] = "Content-Type";
        headers[token.length + 1] = body[1];
        send(method, path, body[0], headers);
      }
    }

    assertThat(writes).hasSizeGreaterThan(40);
    assertThat(violations).as("answers the OpenAPI document does not describe").isEmpty();
  }

  /**
   * Every query parameter of every GET, one at a time, with values of the wrong type, range or
   * shape (what a fuzzer sends first): each answer must be one the operation documents, never a
   * 5xx.
   */
  @Test
  void everyQueryParameterWithAValueOfTheWrongShapeIsADocumentedAnswer() throws Exception {
    List<String> garbage =
        List.of("", "-1", "0", "abc", "99999999999999999999", "2026-13-45", "%00", "x".repeat(300));
    int parameters = 0;
    for (java.util.Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      JsonNode get = path.getValue().path("get");
      if (get.isMissingNode()) {
        continue;
      }
      String base = filled(path.getKey(), true);
      boolean staffRoute = path.getKey().startsWith("/api/v1/staff/");
      for (JsonNode parameter : get.path("parameters")) {
        if (!"query".equals(parameter.path("in").asText())) {
          continue;
        }
        parameters++;
        String name = parameter.path("name").asText();
        for (String value : garbage) {
          String query = base + "?" + name + "=" + value;
          if (staffRoute) {
            staff("GET", query, null);
          } else {
            send("GET", query, null);
          }
        }
      }
    }

    assertThat(parameters).isGreaterThan(20);
    assertThat(violations).as("answers the OpenAPI document does not describe").isEmpty();
  }

  /**
   * Every JSON body of the document, each of its fields in turn of the wrong type (a number for a
   * string, a string for a number, an array or an object where neither belongs), the others left
   * out: each answer must be one the operation documents, never a 5xx.
   */
  @Test
  void everyBodyFieldOfTheWrongTypeIsADocumentedAnswer() throws Exception {
    JsonNode schemas = contractDocument.path("components").path("schemas");
    int fields = 0;
    for (java.util.Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (String method : List.of("post", "put")) {
        JsonNode schema =
            path.getValue()
                .path(method)
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        if (schema.isMissingNode()) {
          continue;
        }
        List<JsonNode> forms = new ArrayList<>();
        schema.path("oneOf").forEach(forms::add);
        if (forms.isEmpty()) {
          forms.add(schema);
        }
        for (JsonNode form : forms) {
          JsonNode resolved = resolve(form, schemas);
          for (java.util.Iterator<Map.Entry<String, JsonNode>> props =
                  resolved.path("properties").fields();
              props.hasNext(); ) {
            Map.Entry<String, JsonNode> property = props.next();
            fields++;
            for (Object wrong : wrongValues(resolve(property.getValue(), schemas))) {
              String body = json.writeValueAsString(Map.of(property.getKey(), wrong));
              String target = filled(path.getKey(), true);
              if (path.getKey().startsWith("/api/v1/staff/")) {
                send(
                    method.toUpperCase(Locale.ROOT),
                    target,
                    body,
                    "Content-Type",
                    "application/json",
                    "Authorization",
                    "Bearer " + Http.STAFF_TOKEN);
              } else {
                send(
                    method.toUpperCase(Locale.ROOT),
                    target,
                    body,
                    "Content-Type",
                    "application/json");
              }
            }
          }
        }
      }
    }

    assertThat(fields).isGreaterThan(50);
    assertThat(violations).as("answers the OpenAPI document does not describe").isEmpty();
  }

  private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
    JsonNode node = schema;
    for (int depth = 0; depth < 5; depth++) {
      String ref = node.path("$ref").asText("");
      if (ref.isEmpty() && node.path("allOf").size() == 1) {
        ref = node.path("allOf").get(0).path("$ref").asText("");
      }
      if (ref.isEmpty() && node.path("anyOf").size() > 0) {
        ref = node.path("anyOf").get(0).path("$ref").asText("");
        if (ref.isEmpty()) {
          node = node.path("anyOf").get(0);
          continue;
        }
      }
      if (ref.isEmpty()) {
        return node;
      }
      node = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return node;
  }

  /** Values of types the schema does not take. */
  private static List<Object> wrongValues(JsonNode schema) {
    String type = schema.path("type").asText("");
    return switch (type) {
      case "string" -> List.of(12, List.of("x"), Map.of("x", 1));
      case "integer", "number" -> List.of("twelve", 1.5e300, List.of(1));
      case "boolean" -> List.of("maybe", 2);
      case "array" -> List.of("x", Map.of("x", 1), List.of(Map.of("x", 1)));
      default -> List.of("x", 12, List.of("x"));
    };
  }

  /** The template with each parameter named: something of its shape that names nothing, or not. */
  private static String filled(String template, boolean wellFormed) {
    String path = template;
    path = path.replace("{code}", wellFormed ? "no-such-code" : "NOT_A_CODE!");
    path = path.replace("{reference}", wellFormed ? "ZZZ-ZZZZ" : "not-a-reference");
    path = path.replace("{id}", wellFormed ? "6f1c2f0e-4b7a-4c36-9a57-3d1f5e0b2c11" : "not-a-uuid");
    path = path.replace("{token}", wellFormed ? "no-such-token" : "not!a!token");
    path = path.replace("{date}", wellFormed ? "2026-12-24" : "24-12-2026");
    path = path.replace("{desk}", wellFormed ? "desk-99" : "DESK!");
    path = path.replace("{team}", wellFormed ? "no-such-team" : "TEAM!");
    path = path.replace("{name}", wellFormed ? "no-such-problem" : "NOT_A_NAME!");
    assertThat(path).as("every parameter of %s is filled", template).doesNotContain("{");
    return path;
  }

  private String get(String path) throws IOException, InterruptedException {
    return send("GET", path, null);
  }

  private String post(String path, Object body) throws IOException, InterruptedException {
    return send("POST", path, json.writeValueAsString(body), "Content-Type", "application/json");
  }

  private String postWith(String path, Object body, String header, String value)
      throws IOException, InterruptedException {
    return send(
        "POST",
        path,
        json.writeValueAsString(body),
        "Content-Type",
        "application/json",
        header,
        value);
  }

  private String staff(String method, String path, Object body)
      throws IOException, InterruptedException {
    String text = body == null ? null : json.writeValueAsString(body);
    return text == null
        ? send(method, path, null, "Authorization", "Bearer " + Http.STAFF_TOKEN)
        : send(
            method,
            path,
            text,
            "Authorization",
            "Bearer " + Http.STAFF_TOKEN,
            "Content-Type",
            "application/json");
  }

  /** Sends the request, checks its answer against the contract and gives the answer's body. */
  private String send(String method, String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.getURI().resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> answer =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode());
    answer.headers().map().forEach(response::withHeader);
    answer.headers().firstValue("Content-Type").ifPresent(response::withContentType);
    if (!answer.body().isEmpty()) {
      response.withBody(answer.body());
    }
    String route = URI.create(path).getPath();
    ValidationReport report =
        contract.validateResponse(
            route, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
    checked++;
    if (answer.statusCode() >= 500) {
      violations.add(method + " " + path + " -> " + answer.statusCode() + ": a client's request");
    }
    if (report.hasErrors()) {
      violations.add(
          method
              + " "
              + path
              + " -> "
              + answer.statusCode()
              + " "
              + answer.body().substring(0, Math.min(200, answer.body().length()))
              + "\n    "
              + String.join(
                  "\n    ",
                  report.getMessages().stream()
                      .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                      .map(message -> message.getKey() + ": " + message.getMessage())
                      .toList()));
    }
    return answer.body();
  }

  private Map<String, Object> object(String body) throws IOException {
    return json.readValue(body, Argument.mapOf(String.class, Object.class));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> list(String body, String field) throws IOException {
    return (List<Map<String, Object>>) object(body).get(field);
  }

  private static Map<String, Object> citizen(String name, long first9) {
    return Map.of(
        "insz",
        Http.insz(first9),
        "name",
        name,
        "email",
        name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.be",
        "language",
        "nl");
  }
}
