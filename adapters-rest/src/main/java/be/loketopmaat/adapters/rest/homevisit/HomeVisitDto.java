package be.loketopmaat.adapters.rest.homevisit;

import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import be.loketopmaat.adapters.rest.location.AddressDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A home visit as staff see it (the national number masked). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "HomeVisit")
public record HomeVisitDto(
    String id,
    String team,
    @Schema(description = "YYYY-MM-DD") String day,
    @Schema(description = "HH:MM, when the team is at the door") String start,
    @Schema(description = "HH:MM, when it leaves") String end,
    int minutes,
    @Schema(allowableValues = {"APPLICATION", "DELIVERY"}) String purpose,
    String kind,
    String product,
    CitizenDto citizen,
    AddressDto address,
    @Nullable String note,
    @Nullable
        @Schema(
            description =
                "The document the visit brings, or the one ordered from the application it took")
        String documentId,
    @Schema(allowableValues = {"PLANNED", "DONE", "MISSED", "CANCELLED"}) String state,
    String plannedBy,
    String plannedAt,
    @Nullable String endedAt,
    @Nullable @Schema(description = "Why it was missed or cancelled") String endReason) {}
