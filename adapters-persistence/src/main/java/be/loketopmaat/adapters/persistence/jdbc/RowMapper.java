package be.loketopmaat.adapters.persistence.jdbc;

import be.loketopmaat.adapters.persistence.ValueConversions;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
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
 * Domain aggregates to rows and documents and back. A row mapping takes the aggregate's document as
 * JSON text already written (and gives it back read), because the JSON step belongs to {@link
 * JsonColumns}.
 */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    uses = ValueConversions.class)
interface RowMapper {

  // Products

  @Mapping(target = "deskMinutes", source = "deskDuration")
  Documents.ProductDefinition toDefinition(Product product);

  @Mapping(target = "code", source = "product.code")
  @Mapping(target = "theme", source = "product.theme")
  @Mapping(target = "nameNl", source = "product.name.nl")
  @Mapping(target = "nameFr", source = "product.name.fr")
  @Mapping(target = "nameEn", source = "product.name.en")
  @Mapping(target = "definition", source = "definition")
  ProductRow toRow(Product product, String definition);

  @Mapping(target = "code", source = "row.code")
  @Mapping(target = "theme", source = "row.theme")
  @Mapping(target = "name.nl", source = "row.nameNl")
  @Mapping(target = "name.fr", source = "row.nameFr")
  @Mapping(target = "name.en", source = "row.nameEn")
  @Mapping(target = "deskDuration", source = "definition.deskMinutes")
  Product toProduct(ProductRow row, Documents.ProductDefinition definition);

  @Mapping(target = "deskMinutes", source = "deskDuration")
  Documents.Pickup toDocument(be.loketopmaat.domain.catalogue.PickupStep pickup);

  @Mapping(target = "deskDuration", source = "deskMinutes")
  be.loketopmaat.domain.catalogue.PickupStep toDomain(Documents.Pickup pickup);

  // Locations

  Documents.LocationDefinition toDefinition(Location location);

  @Mapping(target = "code", source = "location.code")
  @Mapping(target = "name", source = "location.name")
  @Mapping(target = "type", source = "location.type")
  @Mapping(target = "district", source = "location.district")
  @Mapping(target = "definition", source = "definition")
  LocationRow toRow(Location location, String definition);

  @Mapping(target = "code", source = "row.code")
  @Mapping(target = "name", source = "row.name")
  @Mapping(target = "type", source = "row.type")
  @Mapping(target = "district", source = "row.district")
  @Mapping(target = "exceptions", source = "exceptions")
  // Location's copy methods look like fluent setters to MapStruct.
  @Mapping(target = "withExceptions", ignore = true)
  @Mapping(target = "withException", ignore = true)
  Location toLocation(
      LocationRow row, Documents.LocationDefinition definition, List<CalendarException> exceptions);

  List<Documents.Window> toWindowDocuments(List<TimeWindow> windows);

  List<TimeWindow> toWindows(List<Documents.Window> windows);

  @Mapping(target = "id", source = "exception.id")
  @Mapping(target = "locationCode", source = "location")
  @Mapping(target = "kind", source = "exception.kind")
  @Mapping(target = "fromDate", source = "exception.from")
  @Mapping(target = "toDate", source = "exception.to")
  @Mapping(target = "windows", source = "windowsJson")
  @Mapping(target = "reasonNl", source = "exception.reason.nl")
  @Mapping(target = "reasonFr", source = "exception.reason.fr")
  @Mapping(target = "reasonEn", source = "exception.reason.en")
  CalendarExceptionRow toRow(
      CalendarException exception, LocationCode location, String windowsJson);

  @Mapping(target = "id", source = "row.id")
  @Mapping(target = "kind", source = "row.kind")
  @Mapping(target = "from", source = "row.fromDate")
  @Mapping(target = "to", source = "row.toDate")
  @Mapping(target = "windows", source = "windows")
  @Mapping(target = "reason.nl", source = "row.reasonNl")
  @Mapping(target = "reason.fr", source = "row.reasonFr")
  @Mapping(target = "reason.en", source = "row.reasonEn")
  CalendarException toException(CalendarExceptionRow row, List<Documents.Window> windows);

  // TimeWindow#union looks like a fluent setter to MapStruct.
  @Mapping(target = "union", ignore = true)
  TimeWindow toDomain(Documents.Window window);

  // City profile

  Documents.CityProfileDefinition toDefinition(CityProfile profile);

  @Mapping(target = "id", constant = "1")
  @Mapping(target = "code", source = "profile.code")
  @Mapping(target = "definition", source = "definition")
  CityProfileRow toRow(CityProfile profile, String definition);

  @Mapping(target = "code", source = "row.code")
  CityProfile toCityProfile(CityProfileRow row, Documents.CityProfileDefinition definition);

  // Weekly schedules are stored as their map of days; a day without windows is simply absent.

  default Map<DayOfWeek, List<Documents.Window>> toDocument(WeeklySchedule schedule) {
    return schedule == null ? null : toWindowDocumentsByDay(schedule.days());
  }

  default WeeklySchedule toSchedule(Map<DayOfWeek, List<Documents.Window>> days) {
    return days == null ? WeeklySchedule.closed() : new WeeklySchedule(toWindowsByDay(days));
  }

  Map<DayOfWeek, List<Documents.Window>> toWindowDocumentsByDay(
      Map<DayOfWeek, List<TimeWindow>> days);

  Map<DayOfWeek, List<TimeWindow>> toWindowsByDay(Map<DayOfWeek, List<Documents.Window>> days);
}
