package be.loketopmaat.adapters.rest.parking;

import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import be.loketopmaat.adapters.rest.location.AddressDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A resident parking permit as staff see it (national numbers masked). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ParkingPermit")
public record ParkingPermitDto(
    String id,
    CitizenDto holder,
    AddressDto address,
    @Schema(description = "How many people the household counts, the holder among them")
        int householdSize,
    String plate,
    String zone,
    String validFrom,
    String validUntil,
    @Schema(allowableValues = {"ACTIVE", "INVITED"}) String state,
    String registeredBy,
    String registeredAt) {}
