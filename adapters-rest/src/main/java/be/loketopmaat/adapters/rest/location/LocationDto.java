package be.loketopmaat.adapters.rest.location;

import be.loketopmaat.adapters.rest.common.CoordinatesDto;
import be.loketopmaat.adapters.rest.common.TimeWindowDto;
import be.loketopmaat.adapters.rest.openapi.OpeningHours;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.LocationType;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * A location, shaped as in the city's reference data. {@code exceptions} and {@code offer} are read
 * only: exceptions have endpoints of their own, and the offer follows from the type, facilities and
 * desks.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "Location",
    requiredProperties = {"code", "name", "type", "district", "address", "coordinates", "schedule"})
public record LocationDto(
    @Schema(
            description =
                "Stable code: 2-60 lower-case letters, digits, dashes. Optional in a PUT body.",
            example = "districtshuis-deurne")
        String code,
    @Schema(example = "Districtshuis Deurne") String name,
    LocationType type,
    @Schema(description = "One of the city's districts", example = "deurne") String district,
    AddressDto address,
    CoordinatesDto coordinates,
    @Nullable List<Facility> facilities,
    @Nullable @Schema(description = "Staffed types need at least one desk; kiosk sites have none")
        List<DeskDto> desks,
    @Schema(name = "schedule", implementation = OpeningHours.class)
        Map<DayOfWeek, List<TimeWindowDto>> schedule,
    @Nullable
        @Schema(
            accessMode = Schema.AccessMode.READ_ONLY,
            description =
                "Closures and extra openings; managed through the calendar-exceptions endpoints")
        List<CalendarExceptionDto> exceptions,
    @Nullable
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            accessMode = Schema.AccessMode.READ_ONLY,
            description =
                "What the location does for each product; only in the response for one location")
        List<OfferDto> offer) {}
