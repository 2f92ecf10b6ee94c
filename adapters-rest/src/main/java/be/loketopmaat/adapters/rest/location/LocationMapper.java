package be.loketopmaat.adapters.rest.location;

import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase.LocationDetails;
import be.loketopmaat.domain.calendar.ClosedDay;
import be.loketopmaat.domain.calendar.OpenWindow;
import be.loketopmaat.domain.calendar.OpeningCalendar;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Desk;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.offer.OfferedService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * Locations and their calendars as the API shows them. The way back is {@link LocationAssembler}.
 */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    uses = CommonMapper.class,
    injectionStrategy = InjectionStrategy.CONSTRUCTOR,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface LocationMapper {

  /** Without {@code offer}: lists of locations leave it out, it is computed per location. */
  @Mapping(target = "offer", ignore = true)
  LocationDto toDto(Location location);

  List<LocationDto> toDtos(List<Location> locations);

  @Mapping(target = ".", source = "location")
  @Mapping(target = "offer", source = "offer")
  LocationDto toDto(LocationDetails details);

  AddressDto toDto(Address address);

  Address toDomain(AddressDto address);

  DeskDto toDto(Desk desk);

  CalendarExceptionDto toDto(CalendarException exception);

  CalendarDto toDto(OpeningCalendar calendar);

  CalendarDto.OpenWindowDto toDto(OpenWindow window);

  CalendarDto.ClosedDayDto toDto(ClosedDay day);

  /** One entry per product, in the order the use case gives (the catalogue's). */
  default List<OfferDto> offer(Map<ProductCode, Set<OfferedService>> offer) {
    if (offer == null) {
      return null;
    }
    return offer.entrySet().stream()
        .map(entry -> new OfferDto(entry.getKey().value(), CommonMapper.sorted(entry.getValue())))
        .toList();
  }
}
