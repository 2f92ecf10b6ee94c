package be.loketopmaat.adapters.rest.document;

import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** An application for an identity document, as staff record it at the desk. */
@Serdeable
@Schema(
    name = "DocumentApplication",
    requiredProperties = {"kind", "product", "citizen", "appliedAt", "pickupAt"})
public record DocumentApplicationDto(
    @Schema(
            allowableValues = {"EID", "KIDS_ID", "PASSPORT", "FOREIGNER_CARD"},
            example = "EID")
        String kind,
    @Schema(
            description = "The product applied for; it has a pickup step",
            example = "eid-application")
        String product,
    CitizenDto citizen,
    @Schema(description = "Where the application was taken", example = "districtshuis-deurne")
        String appliedAt,
    @Schema(
            description = "Where the citizen will pick the document up: a location with a safe",
            example = "districtshuis-antwerpen")
        String pickupAt,
    @Nullable @Schema(description = "An urgent order (delivered the next working day)")
        Boolean urgent) {}
