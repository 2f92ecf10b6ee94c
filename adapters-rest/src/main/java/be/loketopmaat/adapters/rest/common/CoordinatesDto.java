package be.loketopmaat.adapters.rest.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A point on the map (WGS 84). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "Coordinates",
    requiredProperties = {"latitude", "longitude"})
public record CoordinatesDto(
    @Schema(example = "51.2192") Double latitude, @Schema(example = "4.464") Double longitude) {}
