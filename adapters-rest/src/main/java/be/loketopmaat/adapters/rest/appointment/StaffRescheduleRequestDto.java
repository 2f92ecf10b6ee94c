package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Where staff move an appointment to for the citizen, and the reason the citizen gave. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "StaffRescheduleRequest",
    requiredProperties = {"location", "start", "reason"})
public record StaffRescheduleRequestDto(
    @Schema(example = "districtshuis-merksem") String location,
    @Schema(type = "string", format = "date-time", example = ApiTimes.EXAMPLE) String start,
    @Schema(example = "Caller has to work that evening", maxLength = 500) String reason) {}
