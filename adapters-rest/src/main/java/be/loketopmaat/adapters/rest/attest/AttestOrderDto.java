package be.loketopmaat.adapters.rest.attest;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the e-counter asks for on behalf of the citizen it authenticated. */
@Serdeable
@Schema(
    name = "AttestOrder",
    requiredProperties = {"insz", "model", "language"})
public record AttestOrderDto(
    @Schema(
            description = "The national number (INSZ) of the citizen signed in with CSAM/itsme",
            example = "85073100328")
        String insz,
    @Schema(
            description =
                "One of the ten attest models, e.g. HOUSEHOLD_COMPOSITION, MAIN_RESIDENCE,"
                    + " MAIN_RESIDENCE_WITH_HISTORY, NATIONALITY, LIFE, LEGAL_COHABITATION,"
                    + " RESIDENCE_FOR_MARRIAGE, BURIAL_MODE_AND_RITES, ELECTORAL_REGISTER,"
                    + " EXTRACT_FROM_REGISTERS (any case, '-' for '_')",
            example = "HOUSEHOLD_COMPOSITION")
        String model,
    @Schema(
            description = "The attest's language",
            allowableValues = {"nl", "fr", "de"})
        String language) {}
