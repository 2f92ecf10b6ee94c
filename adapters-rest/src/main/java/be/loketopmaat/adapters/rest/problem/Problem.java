package be.loketopmaat.adapters.rest.problem;

import be.loketopmaat.adapters.rest.common.SlotDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} is present only for invalid input: one entry per
 * field, so that a client can correct every mistake at once. {@code reason} and {@code
 * alternatives} are the extension members of a conflict and of a taken slot.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
    @Schema(description = "Stable URI of the kind of problem, e.g. /problems/not-found")
        String type,
    String title,
    int status,
    @Nullable String detail,
    @Nullable @Schema(description = "The request path that caused the problem") String instance,
    @Nullable List<FieldError> errors,
    @Nullable
        @Schema(
            description =
                "For /problems/conflict: a stable word for what clashed, e.g. not-booked,"
                    + " too-late, desk-time-taken, idempotency-key-reused",
            example = "not-booked")
        String reason,
    @Nullable
        @Schema(description = "For /problems/slot-taken: the next free slots, to book instead")
        List<SlotDto> alternatives) {

  public static Problem of(ProblemType type, String detail, String instance) {
    return new Problem(
        type.uri(), type.title(), type.status().getCode(), detail, instance, null, null, null);
  }

  public static Problem invalid(String detail, String instance, List<FieldError> errors) {
    ProblemType type = ProblemType.INVALID_INPUT;
    return new Problem(
        type.uri(),
        type.title(),
        type.status().getCode(),
        detail,
        instance,
        List.copyOf(errors),
        null,
        null);
  }

  /** A status without a kind of its own (RFC 9457's {@code about:blank}). */
  static Problem blank(String title, int status, String detail, String instance) {
    return new Problem("about:blank", title, status, detail, instance, null, null, null);
  }

  public static Problem conflict(String reason, String detail, String instance) {
    ProblemType type = ProblemType.CONFLICT;
    return new Problem(
        type.uri(), type.title(), type.status().getCode(), detail, instance, null, reason, null);
  }

  public static Problem slotTaken(String detail, String instance, List<SlotDto> alternatives) {
    ProblemType type = ProblemType.SLOT_TAKEN;
    return new Problem(
        type.uri(),
        type.title(),
        type.status().getCode(),
        detail,
        instance,
        null,
        null,
        List.copyOf(alternatives));
  }

  /**
   * One refused field, named by its JSON path in the request (e.g. {@code channels[0].url}) or by
   * its query parameter.
   */
  @Serdeable
  @Schema(name = "FieldError")
  public record FieldError(String field, String message) {}
}
