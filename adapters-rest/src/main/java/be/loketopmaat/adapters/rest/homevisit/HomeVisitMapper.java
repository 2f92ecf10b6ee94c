package be.loketopmaat.adapters.rest.homevisit;

import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.adapters.rest.location.AddressDto;
import be.loketopmaat.application.port.in.HomeVisitsUseCase.Route;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.homevisit.DayPlan;
import be.loketopmaat.domain.homevisit.HomeVisit;
import be.loketopmaat.domain.homevisit.MobileTeam;
import be.loketopmaat.domain.homevisit.TeamCode;
import be.loketopmaat.domain.location.Address;
import java.time.LocalTime;
import java.util.UUID;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Home visits and mobile teams as the staff API shows them. */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    uses = CommonMapper.class,
    injectionStrategy = InjectionStrategy.CONSTRUCTOR,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface HomeVisitMapper {

  @Mapping(target = "end", expression = "java(time(visit.end()))")
  @Mapping(target = "documentId", source = "documentOrderId")
  HomeVisitDto toDto(HomeVisit visit);

  @Mapping(target = "insz", expression = "java(citizen.insz().masked())")
  @Mapping(target = "language", expression = "java(citizen.language().tag())")
  CitizenDto toDto(Citizen citizen);

  AddressDto toDto(Address address);

  MobileTeamDto toDto(MobileTeam team);

  default String time(LocalTime time) {
    return time == null
        ? null
        : String.format(java.util.Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
  }

  default String value(TeamCode code) {
    return code == null ? null : code.value();
  }

  default String value(UUID id) {
    return id == null ? null : id.toString();
  }

  default RouteDto toDto(Route route) {
    return new RouteDto(
        route.team().code().value(),
        route.day().toString(),
        route.team().base().value(),
        route.legs().stream().map(this::toDto).toList());
  }

  default RouteDto.LegDto toDto(DayPlan.Leg leg) {
    return new RouteDto.LegDto(
        time(leg.window().start()),
        time(leg.window().end()),
        leg.stops().stream()
            .map(stop -> new RouteDto.StopDto(stop.travelMinutes(), toDto(stop.visit())))
            .toList(),
        leg.returnMinutes());
  }
}
