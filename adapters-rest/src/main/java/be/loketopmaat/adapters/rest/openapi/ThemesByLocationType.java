package be.loketopmaat.adapters.rest.openapi;

import be.loketopmaat.domain.catalogue.Theme;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Documentation only: the OpenAPI shape of the city's themes per type of location. The DTO carries
 * them as a map from type to themes, which the processor would describe as arrays of unknown items;
 * one property per {@code LocationType} (a test keeps them in step).
 */
@Schema(
    description =
        "Which themes each type of location offers: the same for every location of a type; a type"
            + " that offers none is left out",
    example = "{\"REGIONAL_HUB\": [\"IDENTITY\", \"MOBILITY\"], \"CITY_COUNTER\": [\"IDENTITY\"]}")
public record ThemesByLocationType(
    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<Theme> REGIONAL_HUB,
    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<Theme> CITY_COUNTER,
    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<Theme> NEIGHBOURHOOD_COUNTER,
    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<Theme> PICKUP_COUNTER,
    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<Theme> KIOSK_SITE) {}
