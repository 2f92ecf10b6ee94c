package be.loketopmaat.adapters.rest.common;

import be.loketopmaat.adapters.rest.location.AddressDto;
import be.loketopmaat.domain.appointment.FreeSlot;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.TimeWindow;
import be.loketopmaat.domain.location.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The value objects every resource shares: texts, codes, time windows, weekly schedules, points,
 * enum sets.
 */
@Mapper(
    componentModel = MappingConstants.ComponentModel.JAKARTA,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface CommonMapper {

  LocalizedTextDto toDto(LocalizedText text);

  /**
   * Safe to generate: the domain reports each missing language by name, which the caller puts under
   * its path.
   */
  LocalizedText toDomain(LocalizedTextDto text);

  TimeWindowDto toDto(TimeWindow window);

  /** {@code union} is a domain operation that MapStruct mistakes for a fluent setter. */
  @Mapping(target = "union", ignore = true)
  TimeWindow toDomain(TimeWindowDto window);

  List<TimeWindowDto> toWindowDtos(List<TimeWindow> windows);

  Map<DayOfWeek, List<TimeWindowDto>> toDayDtos(Map<DayOfWeek, List<TimeWindow>> days);

  CoordinatesDto toDto(Coordinates coordinates);

  /**
   * The schedule as the reference data writes it: day name to windows, days without windows left
   * out.
   */
  default Map<DayOfWeek, List<TimeWindowDto>> toDto(WeeklySchedule schedule) {
    return schedule == null ? null : toDayDtos(schedule.days());
  }

  default SlotDto toDto(FreeSlot slot) {
    Location location = slot.location();
    Address address = location.address();
    return new SlotDto(
        location.code().value(),
        location.name(),
        new AddressDto(address.street(), address.postalCode(), address.municipality()),
        value(location.district()),
        slot.distanceMetres(),
        dateTime(slot.start()),
        dateTime(slot.end()),
        slot.placesLeft(),
        slot.evening(),
        slot.saturday());
  }

  List<SlotDto> toSlotDtos(List<FreeSlot> slots);

  /** Every wall-clock time leaves the API with its offset; see {@link ApiTimes}. */
  default String dateTime(LocalDateTime wallClock) {
    return ApiTimes.format(wallClock);
  }

  default String value(ProductCode code) {
    return code == null ? null : code.value();
  }

  default String value(LocationCode code) {
    return code == null ? null : code.value();
  }

  default String value(DistrictCode code) {
    return code == null ? null : code.value();
  }

  /**
   * The domain keeps enum sets in no particular order; a list in declaration order keeps responses
   * stable, so that clients and caches see the same document for the same data. MapStruct uses it
   * for every {@code Set<enum>} to {@code List<enum>} property.
   */
  static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
    if (values == null) {
      return null;
    }
    List<E> list = new ArrayList<>(values);
    list.sort(null);
    return list;
  }
}
