package be.loketopmaat.adapters.rest.problem;

import be.loketopmaat.adapters.rest.common.SlotDto;
import be.loketopmaat.domain.common.FieldViolation;
import be.loketopmaat.domain.common.Phrase;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem detail, written in the language the request asks for (see {@link
 * ProblemLanguage}); {@code type} and {@code reason} stay the same in every language. {@code
 * errors} is present only for invalid input: one entry per field, so that a client can correct
 * every mistake at once. {@code reason} and {@code alternatives} are the extension members of a
 * conflict and of a taken slot.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "Problem",
    description =
        "RFC 9457 problem detail (application/problem+json), written in the language the"
            + " request's Accept-Language asks for among nl, fr and en (English otherwise), as"
            + " Content-Language says; type and reason are the same in every language")
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
        List<SlotDto> alternatives,
    @Nullable
        @Schema(
            description =
                "The request's id, as in the X-Request-Id header and the service's log: what to"
                    + " quote when asking the city about this answer")
        String requestId) {

  /** This problem, naming the request it answers. */
  public Problem withRequestId(String id) {
    return new Problem(type, title, status, detail, instance, errors, reason, alternatives, id);
  }

  public static Problem of(ProblemLanguage in, ProblemType type, Phrase detail, String instance) {
    return written(in, type, detail, instance, null, null, null);
  }

  /** Refused input: each violation as a field and its reason, in the asker's language. */
  public static Problem invalid(
      ProblemLanguage in, Phrase detail, String instance, List<FieldViolation> violations) {
    List<FieldError> errors =
        violations.stream().map(v -> new FieldError(v.field(), in.text(v.phrase()))).toList();
    return written(in, ProblemType.INVALID_INPUT, detail, instance, errors, null, null);
  }

  /** A status without a kind of its own (RFC 9457's {@code about:blank}). */
  static Problem blank(
      ProblemLanguage in, String title, int status, Phrase detail, String instance) {
    return new Problem(
        "about:blank", title, status, in.text(detail), instance, null, null, null, null);
  }

  public static Problem conflict(
      ProblemLanguage in, String reason, Phrase detail, String instance) {
    return written(in, ProblemType.CONFLICT, detail, instance, null, reason, null);
  }

  public static Problem slotTaken(
      ProblemLanguage in, Phrase detail, String instance, List<SlotDto> alternatives) {
    return written(
        in, ProblemType.SLOT_TAKEN, detail, instance, null, null, List.copyOf(alternatives));
  }

  private static Problem written(
      ProblemLanguage in,
      ProblemType type,
      Phrase detail,
      String instance,
      List<FieldError> errors,
      String reason,
      List<SlotDto> alternatives) {
    return new Problem(
        type.uri(),
        in.title(type),
        type.status().getCode(),
        in.text(detail),
        instance,
        errors,
        reason,
        alternatives,
        null);
  }

  /**
   * One refused field, named by its JSON path in the request (e.g. {@code channels[0].url}) or by
   * its query parameter.
   */
  @Serdeable
  @Schema(name = "FieldError")
  public record FieldError(String field, String message) {}
}
