package be.loketopmaat.adapters.rest.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A free slot: where and when. Shared by the availability search and the slot-taken problem, whose
 * alternatives a client books exactly like a search result.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "Slot",
    requiredProperties = {"location", "start", "end"})
public record SlotDto(
    @Schema(example = "districtshuis-deurne") String location,
    @Schema(type = "string", format = "date-time", example = ApiTimes.EXAMPLE) String start,
    @Schema(type = "string", format = "date-time", example = "2026-11-24T18:20:00+01:00")
        String end) {}
