package be.loketopmaat.adapters.rest.homevisit;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Why a visit is called off. */
@Serdeable
@Schema(
    name = "HomeVisitReason",
    requiredProperties = {"reason"})
public record HomeVisitReasonDto(
    @Schema(example = "The citizen moved to a care home") String reason) {}
