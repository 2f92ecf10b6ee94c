package be.loketopmaat.adapters.rest.openapi;

import be.loketopmaat.adapters.rest.common.TimeWindowDto;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Documentation only: the OpenAPI shape of a location's (or the contact centre's) weekly opening
 * hours. The DTOs carry them as a map from day to windows, which the OpenAPI processor would
 * describe as arrays of unknown items. Named apart from the domain's {@code WeeklySchedule}, so
 * that no reader takes one for the other; the processor names the schema after this class.
 */
@Schema(
    description =
        "Opening windows by day of the week; days without windows are left out. Windows of one day"
            + " do not overlap.",
    example =
        "{\"MONDAY\": [{\"start\": \"08:30\", \"end\": \"12:30\"}, {\"start\": \"13:30\", \"end\": \"16:00\"}]}")
public record OpeningHours(
    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<TimeWindowDto> MONDAY,
    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<TimeWindowDto> TUESDAY,
    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<TimeWindowDto> WEDNESDAY,
    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<TimeWindowDto> THURSDAY,
    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<TimeWindowDto> FRIDAY,
    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<TimeWindowDto> SATURDAY,
    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<TimeWindowDto> SUNDAY) {}
