package be.loketopmaat.adapters.rest.city;

import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.city.CityHoliday;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.city.ContactCentre;
import be.loketopmaat.domain.city.District;
import be.loketopmaat.domain.location.LocationType;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** The city profile as the API shows it. */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    uses = CommonMapper.class,
    injectionStrategy = InjectionStrategy.CONSTRUCTOR,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface CityMapper {

  CityDto toDto(CityProfile city);

  CityDto.ContactCentreDto toDto(ContactCentre contactCentre);

  CityDto.DistrictDto toDto(District district);

  CityDto.HolidayDto toDto(CityHoliday holiday);

  /**
   * In the order of the location types, as the domain declares them; the domain's map has no order.
   */
  default Map<LocationType, List<Theme>> themes(Map<LocationType, Set<Theme>> themes) {
    if (themes == null) {
      return null;
    }
    Map<LocationType, List<Theme>> ordered = new EnumMap<>(LocationType.class);
    themes.forEach((type, set) -> ordered.put(type, CommonMapper.sorted(set)));
    return ordered;
  }

  /** As the reference data writes it: {@code --MM-DD}. */
  default String day(MonthDay day) {
    return day == null ? null : day.toString();
  }
}
