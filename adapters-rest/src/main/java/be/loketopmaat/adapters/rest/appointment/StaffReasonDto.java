package be.loketopmaat.adapters.rest.appointment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Why staff do something to a citizen's appointment, for the citizen's record. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "StaffReason",
    requiredProperties = {"reason"})
public record StaffReasonDto(
    @Schema(example = "Citizen called: already has a card", maxLength = 500) String reason) {}
