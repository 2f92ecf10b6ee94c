package be.loketopmaat.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} is present only for invalid input: one entry per field,
 * so that a client can correct every mistake at once.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
    @Schema(description = "Stable URI of the kind of problem, e.g. /problems/not-found") String type,
    String title,
    int status,
    @Nullable String detail,
    @Nullable @Schema(description = "The request path that caused the problem") String instance,
    @Nullable List<FieldError> errors) {

  public static Problem of(ProblemType type, String detail, String instance) {
    return new Problem(type.uri(), type.title(), type.status().getCode(), detail, instance, null);
  }

  public static Problem invalid(String detail, String instance, List<FieldError> errors) {
    ProblemType type = ProblemType.INVALID_INPUT;
    return new Problem(type.uri(), type.title(), type.status().getCode(), detail, instance, List.copyOf(errors));
  }

  /** One refused field, named by its JSON path in the request (e.g. {@code channels[0].url}) or by its query parameter. */
  @Serdeable
  @Schema(name = "FieldError")
  public record FieldError(String field, String message) {}
}
