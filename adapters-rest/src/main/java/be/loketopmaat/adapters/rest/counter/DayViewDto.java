package be.loketopmaat.adapters.rest.counter;

import be.loketopmaat.adapters.rest.appointment.StaffAppointmentDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A location's day at the counter: each desk's agenda, who has arrived, and who waits without
 * appointment.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "DayView")
public record DayViewDto(
    @Schema(example = "districtshuis-deurne") String location,
    @Schema(example = "2026-11-24") LocalDate date,
    List<DeskAgendaDto> desks,
    @Schema(description = "Arrived and waiting to be called") List<StaffAppointmentDto> checkedIn,
    @Schema(description = "Walk-ins waiting, lowest number first") List<TicketDto> waitingTickets) {

  /** One desk's appointments of the day, cancelled ones left out, and its blocked time. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "DeskAgenda")
  public record DeskAgendaDto(
      @Schema(example = "desk-1") String desk,
      List<StaffAppointmentDto> appointments,
      @Schema(description = "Desk time taken out of the agenda, by start")
          List<DeskBlockDto> blocks) {}
}
