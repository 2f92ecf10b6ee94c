package be.loketopmaat.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

@MicronautTest
class OpenApiDocumentTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Test
  void servesTheDocumentGeneratedAtCompileTime() {
    Api.Response response = new Api(server, json).get("/api/v1/openapi.yml");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/yaml");
    assertThat(response.body())
        .startsWith("openapi: 3.")
        .contains("title: Loket op Maat API")
        .contains("version: \"1\"");
  }

  @Test
  void documentsThePublicAndTheStaffEndpointsWithTheirParameters() {
    String document = new Api(server, json).get("/api/v1/openapi.yml").body();

    assertThat(document)
        .contains(
            "  /api/v1/advice:",
            "  /api/v1/products:",
            "  /api/v1/products/{code}:",
            "  /api/v1/locations/{code}/calendar:",
            "  /api/v1/city:",
            "  /api/v1/staff/products:",
            "  /api/v1/staff/products/{code}:",
            "  /api/v1/staff/locations:",
            "  /api/v1/staff/locations/{code}:",
            "  /api/v1/staff/locations/{code}/calendar-exceptions:",
            "  /api/v1/staff/locations/{code}/calendar-exceptions/{id}:",
            "- name: digitalIdentification",
            "- name: latitude",
            "- name: from",
            "application/problem+json",
            "staffToken:");
  }

  @Test
  void documentsTheAppointmentAndCounterEndpoints() {
    String document = new Api(server, json).get("/api/v1/openapi.yml").body();

    assertThat(document)
        .contains(
            "  /api/v1/availability:",
            "  /api/v1/holds:",
            "  /api/v1/appointments:",
            "  /api/v1/appointments/{reference}:",
            "  /api/v1/appointments/{reference}/calendar.ics:",
            "  /api/v1/appointments/{reference}/reschedule:",
            "  /api/v1/appointments/{reference}/cancel:",
            "  /api/v1/appointments/{reference}/check-in:",
            "  /api/v1/locations/{code}/tickets:",
            "  /api/v1/staff/appointments:",
            "  /api/v1/staff/appointments/{reference}/check-in:",
            "  /api/v1/staff/appointments/{reference}/complete:",
            "  /api/v1/staff/appointments/{reference}/no-show:",
            "  /api/v1/staff/locations/{code}/day:",
            "  /api/v1/staff/locations/{code}/desks/{desk}/call-next:",
            "  /api/v1/staff/locations/{code}/tickets/{id}/close:",
            "  /api/v1/staff/locations/{code}/desks/{desk}/blocks:",
            "  /api/v1/staff/locations/{code}/desks/{desk}/blocks/{id}:",
            "  /api/v1/staff/reminders:",
            "- name: Idempotency-Key",
            "name: X-Management-Code",
            "Retry-After:",
            "text/calendar:",
            "format: date-time");
  }

  @Test
  void theNewStaffEndpointsRequireTheBearerTokenAndThePublicOnesDoNot() {
    String document = new Api(server, json).get("/api/v1/openapi.yml").body();

    assertThat(pathSection(document, "/api/v1/staff/appointments")).contains("- staffToken: []");
    assertThat(pathSection(document, "/api/v1/staff/locations/{code}/day"))
        .contains("- staffToken: []");
    assertThat(pathSection(document, "/api/v1/staff/reminders")).contains("- staffToken: []");
    assertThat(pathSection(document, "/api/v1/appointments")).doesNotContain("staffToken");
    assertThat(pathSection(document, "/api/v1/availability")).doesNotContain("staffToken");
  }

  /** The part of the document that describes one path, up to the next path. */
  private static String pathSection(String document, String path) {
    int start = document.indexOf("\n  " + path + ":\n");
    assertThat(start).as(path).isNotNegative();
    Matcher next = Pattern.compile("\n  /|\ncomponents:").matcher(document);
    return next.find(start + 1)
        ? document.substring(start, next.start())
        : document.substring(start);
  }

  @Test
  void theStaffEndpointsRequireTheBearerToken() {
    String document = new Api(server, json).get("/api/v1/openapi.yml").body();
    String staffProducts =
        document.substring(
            document.indexOf("  /api/v1/staff/products:"),
            document.indexOf("  /api/v1/staff/products/{code}:"));

    assertThat(staffProducts).contains("security:", "- staffToken: []");
    assertThat(document).contains("scheme: bearer");
  }

  @Test
  void everyErrorResponseIsAProblemDocument() {
    Map<String, Object> paths = map(document().get("paths"));
    List<String> errors = new ArrayList<>();
    List<String> notProblems = new ArrayList<>();
    paths.forEach(
        (path, item) ->
            map(item)
                .forEach(
                    (method, operation) ->
                        map(map(operation).get("responses"))
                            .forEach(
                                (status, response) -> {
                                  String code = String.valueOf((Object) status);
                                  if (code.matches("[45][0-9][0-9]")) {
                                    errors.add(method + " " + path + " " + code);
                                    Map<String, Object> content = map(map(response).get("content"));
                                    Object schema =
                                        content.containsKey("application/problem+json")
                                            ? map(content.get("application/problem+json"))
                                                .get("schema")
                                            : null;
                                    if (schema == null
                                        || !"#/components/schemas/Problem"
                                            .equals(map(schema).get("$ref"))) {
                                      notProblems.add(method + " " + path + " " + code);
                                    }
                                  }
                                })));

    // 55 error responses were written out by hand before @ProblemResponse: none may be lost.
    assertThat(errors).hasSizeGreaterThanOrEqualTo(55);
    assertThat(notProblems).isEmpty();
  }

  @Test
  void problemResponsesKeepTheirOwnDescriptionAndTheRateLimitItsHeader() {
    Map<String, Object> holds =
        map(
            map(map(map(document().get("paths")).get("/api/v1/holds")).get("post"))
                .get("responses"));
    Map<String, Object> staffProducts =
        map(
            map(map(map(document().get("paths")).get("/api/v1/staff/products")).get("post"))
                .get("responses"));

    assertThat(map(holds.get("404")).get("description"))
        .isEqualTo("A product or the location is unknown");
    assertThat(map(holds.get("429")).get("description"))
        .isEqualTo("Too many requests from this client");
    assertThat(map(map(holds.get("429")).get("headers"))).containsKey("Retry-After");
    // Declared once on the staff controller class, documented on each of its endpoints.
    assertThat(map(staffProducts.get("401")).get("description"))
        .isEqualTo("Missing or wrong staff token");
  }

  @Test
  void theWeeklyOpeningHoursHaveASchemaOfTheirOwn() {
    Map<String, Object> schemas = map(map(document().get("components")).get("schemas"));
    Map<String, Object> location = map(map(schemas.get("Location")).get("properties"));

    assertThat(schemas).containsKey("OpeningHours").doesNotContainKey("WeeklySchedule");
    assertThat(map(location.get("schedule")).get("$ref"))
        .isEqualTo("#/components/schemas/OpeningHours");
  }

  private Map<String, Object> document() {
    return new Yaml().load(new Api(server, json).get("/api/v1/openapi.yml").body());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  @Test
  void everyOperationStatesItsSecurityAndThePublicOnesNeedNone() {
    Map<String, Object> paths = map(document().get("paths"));
    List<String> unstated = new ArrayList<>();
    operations(paths)
        .forEach(
            (name, operation) -> {
              if (!operation.containsKey("security")) {
                unstated.add(name);
              }
            });

    assertThat(unstated).isEmpty();
    assertThat(operation(paths, "/api/v1/products", "get").get("security")).isEqualTo(List.of());
    assertThat(operation(paths, "/api/v1/appointments", "post").get("security"))
        .isEqualTo(List.of());
    assertThat(operation(paths, "/api/v1/appointments/{reference}", "get").get("security"))
        .isEqualTo(
            List.of(Map.of("managementCode", List.of()), Map.of("managementCodeLink", List.of())));
    assertThat(operation(paths, "/api/v1/kiosk/attests", "post").get("security"))
        .isEqualTo(List.of(Map.of("kioskKey", List.of())));
    Map<String, Object> schemes = map(map(document().get("components")).get("securitySchemes"));
    assertThat(map(schemes.get("managementCode")))
        .containsEntry("type", "apiKey")
        .containsEntry("in", "header")
        .containsEntry("name", "X-Management-Code");
    assertThat(map(schemes.get("managementCodeLink")))
        .containsEntry("in", "query")
        .containsEntry("name", "code");
    // The credentials are the schemes' business, not parameters of their own.
    assertThat(parameterNames(operation(paths, "/api/v1/appointments/{reference}", "get")))
        .containsExactly("reference");
    assertThat(parameterNames(operation(paths, "/api/v1/kiosk/attests", "post")))
        .containsExactly("X-Kiosk-Session");
    // A walk-in ticket is anonymous: the kiosk's key, no citizen's session; rate limited.
    Map<String, Object> ticket = operation(paths, "/api/v1/kiosk/tickets", "post");
    assertThat(ticket.get("security")).isEqualTo(List.of(Map.of("kioskKey", List.of())));
    assertThat(parameterNames(ticket)).isEmpty();
    assertThat(map(ticket.get("responses"))).containsKeys("201", "404", "409", "429");
    assertThat(parameterNames(operation(paths, "/api/v1/kiosk/tickets/{id}/printed", "post")))
        .containsExactly("id");
  }

  @Test
  void everyOperationDocumentsTheAnswersAnyRouteCanGive() {
    Map<String, Object> paths = map(document().get("paths"));
    List<String> missing = new ArrayList<>();
    operations(paths)
        .forEach(
            (name, operation) -> {
              Map<String, Object> responses = map(operation.get("responses"));
              if (!responses.containsKey("406")) {
                missing.add(name + " 406");
              }
              if (operation.containsKey("requestBody") && !responses.containsKey("415")) {
                missing.add(name + " 415");
              }
            });

    assertThat(missing).isEmpty();
    // The database's absence: 503 where the database is needed, not on reference data.
    assertThat(map(operation(paths, "/api/v1/appointments", "post").get("responses")))
        .containsKey("503");
    assertThat(map(operation(paths, "/api/v1/products", "get").get("responses")))
        .doesNotContainKey("503");
    assertThat(document().get("servers")).asList().isNotEmpty();
  }

  @Test
  void aNullableReferenceCarriesTheTypeOfWhatItRefersTo() {
    Map<String, Object> schemas = map(map(document().get("components")).get("schemas"));
    Map<String, Object> channel =
        map(map(map(schemas.get("StaffDirectBooking")).get("properties")).get("channel"));

    assertThat(channel).containsEntry("nullable", true).containsEntry("type", "string");
    assertThat(map(schemas.get("StaffChannel")).get("enum"))
        .isEqualTo(List.of("CALL", "COUNTER_APPOINTMENT"));
  }

  @Test
  void aBookingBodyIsOneOfItsTwoForms() {
    Map<String, Object> paths = map(document().get("paths"));

    assertThat(bodyForms(operation(paths, "/api/v1/appointments", "post")))
        .containsExactly(
            "#/components/schemas/BookingFromHold", "#/components/schemas/DirectBooking");
    assertThat(bodyForms(operation(paths, "/api/v1/staff/appointments", "post")))
        .containsExactly(
            "#/components/schemas/StaffBookingFromHold", "#/components/schemas/StaffDirectBooking");
    Map<String, Object> schemas = map(map(document().get("components")).get("schemas"));
    assertThat(map(schemas.get("BookingFromHold")).get("required"))
        .asList()
        .contains("hold", "citizen");
    assertThat(map(schemas.get("DirectBooking")).get("required"))
        .asList()
        .contains("location", "start", "citizen");
  }

  private static List<Object> bodyForms(Map<String, Object> operation) {
    Map<String, Object> json =
        map(map(map(operation.get("requestBody")).get("content")).get("application/json"));
    return map(json.get("schema")).get("oneOf") instanceof List<?> forms
        ? forms.stream().map(form -> map(form).get("$ref")).toList()
        : List.of();
  }

  @Test
  void theThemesPerLocationTypeNameEveryLocationType() {
    Map<String, Object> schemas = map(map(document().get("components")).get("schemas"));

    assertThat(map(map(schemas.get("ThemesByLocationType")).get("properties")).keySet())
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(be.loketopmaat.domain.location.LocationType.values())
                .map(Enum::name)
                .toList());
  }

  @Test
  void theProblemTypesPagesAreDocumentedAsHtmlAndJsonAndPublic() {
    Map<String, Object> page = operation(map(document().get("paths")), "/problems/{name}", "get");
    Map<String, Object> content = map(map(map(page.get("responses")).get("200")).get("content"));

    assertThat(page.get("security")).isEqualTo(List.of());
    assertThat(map(map(content.get("text/html")).get("schema"))).containsEntry("type", "string");
    assertThat(map(map(content.get("application/json")).get("schema")))
        .containsEntry("$ref", "#/components/schemas/ProblemTypePage");
    assertThat(map(page.get("responses"))).containsKeys("400", "404", "406");
  }

  private static Map<String, Map<String, Object>> operations(Map<String, Object> paths) {
    Map<String, Map<String, Object>> operations = new java.util.TreeMap<>();
    paths.forEach(
        (path, item) ->
            map(item)
                .forEach(
                    (method, operation) -> operations.put(method + " " + path, map(operation))));
    return operations;
  }

  private static Map<String, Object> operation(
      Map<String, Object> paths, String path, String method) {
    return map(map(paths.get(path)).get(method));
  }

  @SuppressWarnings("unchecked")
  private static List<String> parameterNames(Map<String, Object> operation) {
    List<String> names = new ArrayList<>();
    Object parameters = operation.get("parameters");
    if (parameters != null) {
      ((List<Object>) parameters).forEach(p -> names.add(String.valueOf(map(p).get("name"))));
    }
    return names;
  }

  @Test
  void theDocumentDoesNotDescribeItself() {
    String document = new Api(server, json).get("/api/v1/openapi.yml").body();

    assertThat(document).doesNotContain("/api/v1/openapi.yml");
  }
}
