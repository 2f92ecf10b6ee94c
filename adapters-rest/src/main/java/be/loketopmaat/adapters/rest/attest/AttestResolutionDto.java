package be.loketopmaat.adapters.rest.attest;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** What staff did with a referred attest request. */
@Serdeable
@Schema(
    name = "AttestResolution",
    requiredProperties = {"note"})
public record AttestResolutionDto(
    @Schema(example = "Made at the desk and handed over") String note) {}
