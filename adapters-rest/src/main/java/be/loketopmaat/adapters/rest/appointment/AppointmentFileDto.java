package be.loketopmaat.adapters.rest.appointment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** An appointment as staff look it up: the appointment and what staff did to it, oldest first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "StaffAppointmentFile")
public record AppointmentFileDto(StaffAppointmentDto appointment, List<StaffActionDto> history) {}
