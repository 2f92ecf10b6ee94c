package be.loketopmaat.adapters.rest.common;

import be.loketopmaat.adapters.rest.location.AddressDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A free slot: where and when, and what a citizen needs to choose it (the location's name, address
 * and district, how far it is, how many places are left, whether it is an evening or Saturday
 * slot). Shared by the availability search and the slot-taken problem, whose alternatives a client
 * books exactly like a search result.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "Slot",
    requiredProperties = {
      "location",
      "locationName",
      "address",
      "district",
      "start",
      "end",
      "placesLeft",
      "evening",
      "saturday"
    })
public record SlotDto(
    @Schema(example = "districtshuis-deurne") String location,
    @Schema(example = "Districtshuis Deurne") String locationName,
    AddressDto address,
    @Schema(example = "deurne") String district,
    @Nullable
        @Schema(
            description =
                "Metres from the position given (latitude/longitude), or else from the centre of"
                    + " the one district given; null when neither was given",
            example = "1250")
        Long distanceMetres,
    @Schema(type = "string", format = "date-time", example = ApiTimes.EXAMPLE) String start,
    @Schema(type = "string", format = "date-time", example = "2026-11-24T18:20:00+01:00")
        String end,
    @Schema(description = "How many desks are still free at that time", example = "2")
        int placesLeft,
    @Schema(description = "Starts at 18:00 or later") boolean evening,
    @Schema(description = "On a Saturday") boolean saturday) {}
