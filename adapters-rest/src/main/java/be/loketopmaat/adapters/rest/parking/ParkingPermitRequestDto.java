package be.loketopmaat.adapters.rest.parking;

import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import be.loketopmaat.adapters.rest.location.AddressDto;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A resident parking permit as granted, registered or imported by staff. */
@Serdeable
@Schema(
    name = "ParkingPermitRequest",
    requiredProperties = {"holder", "address", "plate", "zone", "validFrom", "validUntil"})
public record ParkingPermitRequestDto(
    @Schema(description = "The holder, with an e-mail address or a phone number (or both)")
        CitizenDto holder,
    @Schema(description = "The address the permit was granted for") AddressDto address,
    @Nullable
        @Schema(
            description =
                "The national numbers of the household the permit was granted for (the holder is"
                    + " added when missing)")
        List<String> household,
    @Schema(description = "The vehicle's number plate", example = "1-ABC-234") String plate,
    @Schema(description = "The parking zone", example = "A1") String zone,
    @Schema(description = "First day, YYYY-MM-DD", example = "2026-02-01") String validFrom,
    @Schema(description = "Last day, YYYY-MM-DD", example = "2027-01-31") String validUntil) {}
