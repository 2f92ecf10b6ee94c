package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** An appointment as its citizen sees it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Appointment")
public record AppointmentDto(
    @Schema(
            description = "What the citizen reads out at the desk or on the phone",
            example = "K7M-4QXD")
        String reference,
    @Nullable
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "The secret that lets its holder view, move or cancel the appointment. Only in the"
                    + " answer to the booking: the server keeps no copy it could show again.",
            example = "q3ZrV8m1kXo0bT2nW9yA")
        String managementCode,
    @Schema(example = "districtshuis-deurne") String location,
    @Schema(type = "string", format = "date-time", example = ApiTimes.EXAMPLE) String start,
    @Schema(type = "string", format = "date-time", example = "2026-11-24T18:20:00+01:00")
        String end,
    List<String> products,
    int persons,
    AppointmentStatus status,
    CitizenDto citizen,
    @Nullable
        @Schema(
            description = "The document order this appointment picks up; null for an application")
        UUID pickupOf) {}
