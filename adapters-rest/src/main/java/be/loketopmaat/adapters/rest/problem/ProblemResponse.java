package be.loketopmaat.adapters.rest.problem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error response of an endpoint in the OpenAPI document: this status and description, with an
 * {@code application/problem+json} body of the {@link Problem} schema. The openapi-processor module
 * completes it into the full {@code @ApiResponse} at compile time, so that each endpoint states its
 * errors in one line each. On a controller class it applies to each of its endpoints.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(ProblemResponse.List.class)
public @interface ProblemResponse {
  /** The HTTP status, e.g. {@code "404"}. */
  String code();

  /** When the endpoint answers this status, for the reader of the API document. */
  String description();

  /** The container of several {@link ProblemResponse}s on one endpoint. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @interface List {
    ProblemResponse[] value();
  }
}
