package be.loketopmaat.adapters.rest.counter;

import be.loketopmaat.adapters.rest.appointment.AppointmentMapper;
import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.DayView;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.DeskAgenda;
import be.loketopmaat.application.port.in.CounterQueueUseCase.Called;
import be.loketopmaat.application.port.in.CounterQueueUseCase.IssuedTicket;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.counter.Ticket;
import java.time.Duration;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** The counter's day, tickets and desk blocks as the API shows them. */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    uses = {CommonMapper.class, AppointmentMapper.class},
    injectionStrategy = InjectionStrategy.CONSTRUCTOR,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface CounterMapper {

  TicketDto toDto(Ticket ticket);

  @Mapping(target = ".", source = "ticket")
  @Mapping(target = "estimatedWaitMinutes", source = "estimatedWait")
  IssuedTicketDto toDto(IssuedTicket issued);

  CalledDto toDto(Called called);

  @Mapping(target = "date", source = "day")
  DayViewDto toDto(DayView view);

  DayViewDto.DeskAgendaDto toDto(DeskAgenda agenda);

  DeskBlockDto toDto(DeskBlock block);

  /** Rounded up: "about 0 minutes" would send someone away who is next but one. */
  default long minutes(Duration duration) {
    if (duration == null) {
      return 0;
    }
    return (duration.toSeconds() + 59) / 60;
  }
}
