package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.catalogue.Channel;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * An appointment as the counter works with it: with its desk, channel and the moments of the visit.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "StaffAppointment")
public record StaffAppointmentDto(
    @Schema(example = "K7M-4QXD") String reference,
    @Schema(example = "districtshuis-deurne") String location,
    @Schema(example = "desk-1") String desk,
    @Schema(type = "string", format = "date-time", example = ApiTimes.EXAMPLE) String start,
    @Schema(type = "string", format = "date-time", example = "2026-11-24T18:20:00+01:00")
        String end,
    List<String> products,
    int persons,
    AppointmentStatus status,
    @Schema(description = "How it was booked") Channel channel,
    CitizenDto citizen,
    @Nullable @Schema(type = "string", format = "date-time") String checkedInAt,
    @Nullable @Schema(type = "string", format = "date-time") String calledAt,
    @Nullable
        @Schema(
            type = "string",
            format = "date-time",
            description = "When it was completed, cancelled or" + " marked a no-show")
        String closedAt,
    @Nullable
        @Schema(
            description = "The document order this appointment picks up; null for an application")
        UUID pickupOf) {}
