package be.loketopmaat.adapters.rest.problem;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The page of a problem type as JSON, for a client that shows the explanation itself. */
@Serdeable
@Schema(
    name = "ProblemTypePage",
    description =
        "What a kind of problem means, when it happens and what the client should do, in the"
            + " language of the page (nl, fr or en). Code in the texts is written in backticks.")
public record ProblemPageDto(
    @Schema(
            description = "The problem type's URI, as in a problem's type",
            example = "/problems/slot-taken")
        String type,
    @Schema(description = "The HTTP status a problem of this type comes with", example = "409")
        int status,
    @Schema(
            description = "The problem type's title, as in a problem's title",
            example = "Slot taken")
        String title,
    @Schema(description = "The language of the texts", example = "en") String language,
    @Schema(description = "What the problem means") String means,
    @Schema(description = "When it happens") String when,
    @Schema(description = "What the client should do") String whatToDo) {}
