package be.loketopmaat.adapters.rest.document;

import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** An identity document on its road, as staff see it (the national number masked). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Document")
public record DocumentDto(
    String id,
    String kind,
    String product,
    CitizenDto citizen,
    String appliedAt,
    String pickupAt,
    boolean urgent,
    @Schema(
            allowableValues = {
              "RECORDED",
              "ORDERED",
              "IN_PRODUCTION",
              "DISPATCHED",
              "ARRIVED",
              "HANDED_OVER",
              "REFUSED",
              "CANCELLED",
              "RETURNED"
            })
        String state,
    @Nullable
        @Schema(
            description =
                "The card production's number, once it took the order; BelDrive's application"
                    + " id for a driving licence")
        String productionNumber,
    String recordedBy,
    String recordedAt,
    @Nullable String arrivedAt,
    @Nullable @Schema(description = "The day it goes back if nobody came for it (YYYY-MM-DD)")
        String returnDate,
    @Nullable String endedAt,
    @Nullable
        @Schema(
            description =
                "Why it ended early: the production's or BelDrive's refusal, a cancellation")
        String endReason) {}
