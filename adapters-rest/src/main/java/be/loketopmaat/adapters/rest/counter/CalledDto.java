package be.loketopmaat.adapters.rest.counter;

import be.loketopmaat.adapters.rest.appointment.StaffAppointmentDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Who the desk calls: an appointment or a walk-in ticket; exactly one of the two is set. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Called")
public record CalledDto(@Nullable StaffAppointmentDto appointment, @Nullable TicketDto ticket) {}
