package be.loketopmaat.adapters.rest.pincode;

import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A request for new PIN/PUK codes on its road, as staff see it (the national number masked). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "PinCodes")
public record PinCodeDto(
    String id,
    CitizenDto citizen,
    String pickupAt,
    @Schema(
            allowableValues = {
              "REQUESTED",
              "ORDERED",
              "DISPATCHED",
              "ARRIVED",
              "HANDED_OVER",
              "REFUSED"
            })
        String state,
    @Nullable @Schema(description = "The card production's number, once it took the order")
        String productionNumber,
    String requestedBy,
    String requestedAt,
    @Nullable String arrivedAt,
    @Nullable String endedAt,
    @Nullable
        @Schema(
            description =
                "Why it was refused: the card production's code and reason, e.g."
                    + " ADDRESS_CHANGE_PENDING")
        String endReason) {}
