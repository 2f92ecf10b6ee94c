package be.loketopmaat.adapters.persistence.referencedata;

import be.loketopmaat.adapters.persistence.ValueConversions;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.homevisit.MobileTeam;
import be.loketopmaat.domain.homevisit.TeamCode;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.TimeWindow;
import be.loketopmaat.domain.location.WeeklySchedule;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The records of a reference data file to domain objects; the domain's constructors check every
 * rule.
 */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    uses = ValueConversions.class)
interface ReferenceDataFileMapper {

  CityProfile toDomain(ReferenceDataFile.City city);

  @Mapping(target = "deskDuration", source = "deskMinutes")
  Product toDomain(ReferenceDataFile.Product product);

  @Mapping(target = "deskDuration", source = "deskMinutes")
  be.loketopmaat.domain.catalogue.PickupStep toDomain(ReferenceDataFile.Pickup pickup);

  // Location's copy methods look like fluent setters to MapStruct.
  @Mapping(target = "withExceptions", ignore = true)
  @Mapping(target = "withException", ignore = true)
  Location toDomain(ReferenceDataFile.Location location);

  CalendarException toDomain(ReferenceDataFile.CalendarExceptionEntry exception);

  // TimeWindow#union looks like a fluent setter to MapStruct.
  @Mapping(target = "union", ignore = true)
  TimeWindow toDomain(ReferenceDataFile.Window window);

  List<TimeWindow> toWindows(List<ReferenceDataFile.Window> windows);

  /**
   * A schedule left out is a schedule that is missing, which the domain reports, not one that is
   * closed.
   */
  default WeeklySchedule toSchedule(Map<DayOfWeek, List<ReferenceDataFile.Window>> days) {
    return days == null ? null : new WeeklySchedule(toWindowsByDay(days));
  }

  MobileTeam toDomain(ReferenceDataFile.MobileTeam team);

  default TeamCode teamCode(String code) {
    return code == null ? null : new TeamCode(code);
  }

  Map<DayOfWeek, List<TimeWindow>> toWindowsByDay(
      Map<DayOfWeek, List<ReferenceDataFile.Window>> days);
}
