package be.loketopmaat.adapters.rest.renewal;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** An eID renewal run to start. */
@Serdeable
@Schema(
    name = "EidRenewalRunRequest",
    requiredProperties = {"date"})
public record RunRequestDto(
    @Schema(description = "The day the run is for, YYYY-MM-DD", example = "2027-01-04")
        String date) {}
