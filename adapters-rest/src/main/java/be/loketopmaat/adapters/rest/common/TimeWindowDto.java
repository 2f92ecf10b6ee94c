package be.loketopmaat.adapters.rest.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalTime;

/**
 * A stretch of one day, start inclusive, end exclusive, as {@code HH:mm} like the reference data.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "TimeWindow",
    requiredProperties = {"start", "end"})
public record TimeWindowDto(
    @JsonFormat(pattern = "HH:mm")
        @Serdeable.Deserializable(using = StrictJson.ClockTime.class)
        @Schema(type = "string", pattern = "^([01]\\d|2[0-3]):[0-5]\\d$", example = "08:30")
        LocalTime start,
    @JsonFormat(pattern = "HH:mm")
        @Serdeable.Deserializable(using = StrictJson.ClockTime.class)
        @Schema(type = "string", pattern = "^([01]\\d|2[0-3]):[0-5]\\d$", example = "12:30")
        LocalTime end) {}
