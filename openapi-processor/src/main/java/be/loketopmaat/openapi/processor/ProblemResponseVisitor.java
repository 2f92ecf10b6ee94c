package be.loketopmaat.openapi.processor;

import io.micronaut.core.annotation.AnnotationClassValue;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.inject.ast.MethodElement;
import io.micronaut.inject.visitor.TypeElementVisitor;
import io.micronaut.inject.visitor.VisitorContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the REST adapter's error responses into its OpenAPI document, each with an {@code
 * application/problem+json} body of the {@code Problem} schema, so that no endpoint repeats that
 * block:
 *
 * <ul>
 *   <li>each {@code @ProblemResponse(code, description)} becomes the {@code @ApiResponse} it stands
 *       for;
 *   <li>an endpoint marked {@code @RateLimited} gets its 429 with the {@code Retry-After} header,
 *       the same on every such endpoint because one filter answers it;
 *   <li>every route gets the answers the framework and the filters give to any route, unless it
 *       states them itself: 414 and 431 (a request line or header fields beyond the limits), 400
 *       for a route that takes any parameter or body (the framework refuses one it cannot convert),
 *       406 (no acceptable media type), 415 for a route that reads a body or is a POST, PUT or
 *       PATCH (not JSON), and 503 with {@code Retry-After} for a route that needs the database (all
 *       but the {@code @ReferenceData} ones, which are answered from memory while it is away).
 * </ul>
 *
 * <p>It adds plain {@code @ApiResponse} annotations before Micronaut OpenAPI's controller visitor
 * (order 50; visitors run from the highest order down) reads them, so the document shows them like
 * any written by hand. The REST adapter's annotations and problem class are named here, not
 * imported: this module is on that adapter's annotation processor path and must not depend on it.
 */
public final class ProblemResponseVisitor implements TypeElementVisitor<Object, Object> {
  static final String PROBLEM_RESPONSE = "be.loketopmaat.adapters.rest.problem.ProblemResponse";
  static final String RATE_LIMITED = "be.loketopmaat.adapters.rest.ratelimit.RateLimited";
  static final String PROBLEM = "be.loketopmaat.adapters.rest.problem.Problem";
  static final String REFERENCE_DATA = "be.loketopmaat.adapters.rest.http.ReferenceData";
  static final String MEDIA_TYPE = "application/problem+json";
  static final String HTTP_METHOD_MAPPING = "io.micronaut.http.annotation.HttpMethodMapping";
  static final String BODY = "io.micronaut.http.annotation.Body";
  static final List<String> WRITES =
      List.of(
          "io.micronaut.http.annotation.Post",
          "io.micronaut.http.annotation.Put",
          "io.micronaut.http.annotation.Patch");

  /**
   * What {@code @PathVariable}, {@code @QueryValue}, {@code @Header} and {@code @Body} have in
   * common.
   */
  static final String BINDABLE = "io.micronaut.core.bind.annotation.Bindable";

  static final String CONTROLLER = "io.micronaut.http.annotation.Controller";

  private static final String API_RESPONSE = "io.swagger.v3.oas.annotations.responses.ApiResponse";
  private static final String CONTENT = "io.swagger.v3.oas.annotations.media.Content";
  private static final String SCHEMA = "io.swagger.v3.oas.annotations.media.Schema";
  private static final String HEADER = "io.swagger.v3.oas.annotations.headers.Header";

  @Override
  public Set<String> getSupportedAnnotationNames() {
    return Set.of(PROBLEM_RESPONSE, PROBLEM_RESPONSE + "$List", RATE_LIMITED, CONTROLLER);
  }

  @Override
  public int getOrder() {
    return 100;
  }

  @Override
  public VisitorKind getVisitorKind() {
    return VisitorKind.ISOLATING;
  }

  @Override
  public void visitMethod(MethodElement element, VisitorContext context) {
    Set<String> stated = new HashSet<>();
    for (AnnotationValue<?> response : element.getAnnotationValuesByName(API_RESPONSE)) {
      response.stringValue("responseCode").ifPresent(stated::add);
    }
    for (AnnotationValue<?> problem : element.getAnnotationValuesByName(PROBLEM_RESPONSE)) {
      String code = problem.stringValue("code").orElse("");
      String description = problem.stringValue("description").orElse("");
      if (!code.matches("[45][0-9][0-9]") || description.isBlank()) {
        context.fail("@ProblemResponse needs a 4xx or 5xx code and a description", element);
        continue;
      }
      stated.add(code);
      element.annotate(problemResponse(code, description, null));
    }
    if (element.hasDeclaredAnnotation(RATE_LIMITED)) {
      element.annotate(problemResponse("429", "Too many requests from this client", retryAfter()));
    }
    if (element.hasStereotype(HTTP_METHOD_MAPPING)) {
      generalResponses(element, stated);
    }
  }

  private static void generalResponses(MethodElement element, Set<String> stated) {
    // Answered before routing, by the handler after Netty's codec, to any route.
    if (stated.add("414")) {
      element.annotate(
          problemResponse("414", "The request line is longer than the service reads", null));
    }
    if (stated.add("431")) {
      element.annotate(
          problemResponse("431", "The header fields are larger than the service reads", null));
    }
    if (stated.add("406")) {
      element.annotate(
          problemResponse(
              "406", "The Accept header names no media type this operation answers", null));
    }
    String uri = element.stringValue(HTTP_METHOD_MAPPING).orElse("");
    boolean takesInput =
        Arrays.stream(element.getParameters())
            .anyMatch(p -> p.hasStereotype(BINDABLE) || inTemplate(uri, p.getName()));
    if (takesInput && stated.add("400")) {
      element.annotate(
          problemResponse(
              "400",
              "A malformed parameter or body: 'errors' names each field and what is wrong with it",
              null));
    }
    // A POST, PUT or PATCH takes JSON whether or not it reads a body: another type is refused.
    boolean takesJson =
        Arrays.stream(element.getParameters()).anyMatch(p -> p.hasStereotype(BODY))
            || WRITES.stream().anyMatch(element::hasDeclaredAnnotation);
    if (takesJson && stated.add("415")) {
      element.annotate(problemResponse("415", "The body is not sent as application/json", null));
    }
    boolean fromMemory =
        element.hasAnnotation(REFERENCE_DATA)
            || element.getOwningType().hasAnnotation(REFERENCE_DATA);
    if (!fromMemory && stated.add("503")) {
      element.annotate(
          problemResponse(
              "503",
              "The database is away: nothing was done; try again after Retry-After seconds",
              retryAfter()));
    }
  }

  /** Whether the URI template binds the name: {@code {name}}, or within {@code {?a,name}}. */
  static boolean inTemplate(String uri, String name) {
    return java.util.regex.Pattern.compile("[{?,]" + java.util.regex.Pattern.quote(name) + "[},]")
        .matcher(uri)
        .find();
  }

  private static AnnotationValue<?> retryAfter() {
    return AnnotationValue.builder(HEADER)
        .member("name", "Retry-After")
        .member("description", "Seconds to wait")
        .member("schema", AnnotationValue.builder(SCHEMA).member("type", "integer").build())
        .build();
  }

  /** In the shapes javac gives the hand-written form: arrays of content and headers, one class. */
  private static AnnotationValue<?> problemResponse(
      String code, String description, AnnotationValue<?> header) {
    AnnotationValue<?> schema =
        AnnotationValue.builder(SCHEMA)
            .members(Map.of("implementation", new AnnotationClassValue<>(PROBLEM)))
            .build();
    AnnotationValue<?> content =
        AnnotationValue.builder(CONTENT)
            .member("mediaType", MEDIA_TYPE)
            .member("schema", schema)
            .build();
    var response =
        AnnotationValue.builder(API_RESPONSE)
            .member("responseCode", code)
            .member("description", description)
            .member("content", new AnnotationValue<?>[] {content});
    if (header != null) {
      response.member("headers", new AnnotationValue<?>[] {header});
    }
    return response.build();
  }
}
