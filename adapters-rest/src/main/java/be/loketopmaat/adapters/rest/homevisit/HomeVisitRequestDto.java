package be.loketopmaat.adapters.rest.homevisit;

import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import be.loketopmaat.adapters.rest.location.AddressDto;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A home visit to plan in a mobile team's day. */
@Serdeable
@Schema(
    name = "HomeVisitRequest",
    requiredProperties = {"team", "day", "purpose", "address"})
public record HomeVisitRequestDto(
    @Schema(description = "The mobile team", example = "mobiel-team-antwerpen") String team,
    @Schema(description = "The day (YYYY-MM-DD)", example = "2026-12-08") String day,
    @Nullable
        @Schema(
            description =
                "The start asked for (HH:MM, on a five-minute grid); left out, the first time that"
                    + " fits the day with the travel from and to the other visits",
            example = "10:30")
        String at,
    @Schema(
            description =
                "APPLICATION: take the application with the biometrics kit; DELIVERY: bring the"
                    + " document that arrived at the team's base and hand it over",
            allowableValues = {"APPLICATION", "DELIVERY"})
        String purpose,
    @Nullable
        @Schema(
            description = "For an application: the kind of document",
            allowableValues = {"EID", "KIDS_ID", "PASSPORT", "FOREIGNER_CARD"})
        String kind,
    @Nullable
        @Schema(
            description = "For an application: the product, one offered on a home visit",
            example = "eid-application")
        String product,
    @Nullable @Schema(description = "For a delivery: the document's id") String documentId,
    @Nullable
        @Schema(
            description =
                "Required for an application; for a delivery the document's holder (give it to"
                    + " reach them at another e-mail address or phone)")
        CitizenDto citizen,
    AddressDto address,
    @Nullable
        @Schema(
            description = "What the team should know to get in (at most 500 characters)",
            example = "Third floor; the bell does not work, phone on arrival")
        String note) {}
