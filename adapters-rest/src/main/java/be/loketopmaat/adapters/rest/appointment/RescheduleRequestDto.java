package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The new slot of an appointment; products and persons stay as booked. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "RescheduleRequest",
    requiredProperties = {"location", "start"})
public record RescheduleRequestDto(
    @Schema(example = "districtshuis-merksem") String location,
    @Schema(type = "string", format = "date-time", example = ApiTimes.EXAMPLE) String start) {}
