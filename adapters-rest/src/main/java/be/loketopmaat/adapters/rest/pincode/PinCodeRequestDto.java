package be.loketopmaat.adapters.rest.pincode;

import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A citizen's request for new PIN/PUK codes, as staff take it at the desk. */
@Serdeable
@Schema(
    name = "PinCodeRequest",
    requiredProperties = {"citizen", "pickupAt"})
public record PinCodeRequestDto(
    CitizenDto citizen,
    @Schema(
            description =
                "Where the citizen will pick the letter up: a location with a safe and a pickup"
                    + " desk",
            example = "districtshuis-antwerpen")
        String pickupAt) {}
