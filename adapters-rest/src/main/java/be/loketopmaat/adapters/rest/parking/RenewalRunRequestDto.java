package be.loketopmaat.adapters.rest.parking;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A renewal run to start. */
@Serdeable
@Schema(
    name = "RenewalRunRequest",
    requiredProperties = {"date"})
public record RenewalRunRequestDto(
    @Schema(description = "The day the run is for, YYYY-MM-DD", example = "2027-01-04")
        String date) {}
