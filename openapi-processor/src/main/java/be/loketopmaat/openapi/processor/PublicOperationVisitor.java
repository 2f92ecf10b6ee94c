package be.loketopmaat.openapi.processor;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.inject.ast.ClassElement;
import io.micronaut.inject.ast.MethodElement;
import io.micronaut.inject.visitor.TypeElementVisitor;
import io.micronaut.inject.visitor.VisitorContext;
import java.util.Set;

/**
 * States in the OpenAPI document that an operation needs no credentials ({@code security: []}), for
 * every route whose method and controller name no {@code @SecurityRequirement}: without it, a
 * client cannot tell a public operation from one whose security was left out.
 *
 * <p>And it keeps the document honest about the one rule the server applies by path: a route under
 * {@code /api/v1/staff} that does not name the {@code staffToken} scheme fails the build, instead
 * of being documented as public.
 */
public final class PublicOperationVisitor implements TypeElementVisitor<Object, Object> {
  static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
  static final String HTTP_METHOD_MAPPING = "io.micronaut.http.annotation.HttpMethodMapping";
  static final String REQUIREMENT = "io.swagger.v3.oas.annotations.security.SecurityRequirement";
  static final String OPERATION = "io.swagger.v3.oas.annotations.Operation";
  static final String HIDDEN = "io.swagger.v3.oas.annotations.Hidden";
  static final String STAFF_PATH = "/api/v1/staff";
  static final String STAFF_SCHEME = "staffToken";

  @Override
  public Set<String> getSupportedAnnotationNames() {
    return Set.of(CONTROLLER);
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
    ClassElement controller = element.getOwningType();
    if (!element.hasStereotype(HTTP_METHOD_MAPPING)
        || !controller.hasAnnotation(CONTROLLER)
        || controller.hasAnnotation(HIDDEN)
        || element.hasAnnotation(HIDDEN)) {
      return;
    }
    Set<String> schemes = new java.util.TreeSet<>();
    for (AnnotationValue<?> requirement : element.getAnnotationValuesByName(REQUIREMENT)) {
      requirement.stringValue("name").ifPresent(schemes::add);
    }
    for (AnnotationValue<?> requirement : controller.getAnnotationValuesByName(REQUIREMENT)) {
      requirement.stringValue("name").ifPresent(schemes::add);
    }
    String path = controller.stringValue(CONTROLLER).orElse("");
    if (path.startsWith(STAFF_PATH) && !schemes.contains(STAFF_SCHEME)) {
      context.fail(
          "A staff route must name @SecurityRequirement(name = \"" + STAFF_SCHEME + "\")", element);
      return;
    }
    if (schemes.isEmpty()) {
      element.annotate(
          OPERATION, operation -> operation.member("security", new AnnotationValue<?>[0]));
    }
  }
}
