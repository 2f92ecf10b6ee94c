package be.loketopmaat.adapters.rest.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A call the city owes a federal system, as staff see it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "FederalCall")
public record FederalCallDto(
    long id,
    @Schema(
            allowableValues = {
              "ORDER_DOCUMENT",
              "ACTIVATE_DOCUMENT",
              "REPORT_DELIVERED",
              "RETURN_DOCUMENT",
              "ORDER_CODES",
              "DELIVER_ATTEST",
              "CREATE_DRAFT_ACT",
              "SIGN_ACT",
              "DELIVER_EXTRACT"
            })
        String call,
    @Schema(
            description =
                "What it is about: the document's (or PIN/PUK, attest request's or civil-status"
                    + " declaration's) id")
        String subject,
    @Schema(allowableValues = {"QUEUED", "DONE", "FAILED"}) String status,
    int attempts,
    @Schema(type = "string", format = "date-time") String createdAt,
    @Nullable @Schema(type = "string", format = "date-time", description = "While queued")
        String nextAttemptAt,
    @Nullable @Schema(description = "Why the last attempt failed") String lastError) {}
