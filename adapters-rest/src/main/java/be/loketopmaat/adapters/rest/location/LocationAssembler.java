package be.loketopmaat.adapters.rest.location;

import be.loketopmaat.adapters.rest.common.CommonMapper;
import be.loketopmaat.adapters.rest.common.CoordinatesDto;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.common.TimeWindowDto;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.Desk;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.TimeWindow;
import be.loketopmaat.domain.location.WeeklySchedule;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds domain locations and calendar exceptions from request bodies, reporting every refused
 * field by its JSON path (see {@link RequestAssembly} for why this direction is not generated).
 */
@Singleton
public final class LocationAssembler {
  private final CommonMapper common;
  private final LocationMapper mapper;

  LocationAssembler(CommonMapper common, LocationMapper mapper) {
    this.common = common;
    this.mapper = mapper;
  }

  /**
   * Calendar exceptions in the body are ignored: they are read only here and have endpoints of
   * their own.
   *
   * @param pathCode the code in the URL of a PUT, which the body may leave out but not contradict;
   *     null for a POST, where the body must carry it
   * @throws be.loketopmaat.domain.common.InvalidInputException listing every refused field
   */
  public Location toDomain(LocationDto body, @Nullable String pathCode) {
    RequestAssembly request = new RequestAssembly();
    LocationCode locationCode = request.code(body.code(), pathCode, LocationCode::new);
    DistrictCode district = request.value("district", body.district(), DistrictCode::new);
    Address address = request.nested("address", body.address(), mapper::toDomain);
    Coordinates coordinates = coordinates(request, "coordinates", body.coordinates());
    Set<Facility> facilities = request.enums("facilities", body.facilities(), Facility.class);
    List<Desk> desks =
        request.list("desks", body.desks(), (path, desk) -> desk(request, path, desk));
    WeeklySchedule schedule = schedule(request, "schedule", body.schedule());
    return request.finish(
        () ->
            new Location(
                locationCode,
                body.name(),
                body.type(),
                district,
                address,
                coordinates,
                facilities,
                desks,
                schedule,
                List.of()));
  }

  /**
   * @param id chosen by the server: clients cannot pick (or collide with) the identity of an
   *     exception
   */
  public CalendarException toDomain(CalendarExceptionDto body, UUID id) {
    RequestAssembly request = new RequestAssembly();
    LocalizedText reason = request.nested("reason", body.reason(), common::toDomain);
    List<TimeWindow> windows = windows(request, "windows", body.windows());
    return request.finish(
        () -> new CalendarException(id, body.kind(), body.from(), body.to(), windows, reason));
  }

  private Desk desk(RequestAssembly request, String path, DeskDto desk) {
    Set<DeskCapability> capabilities =
        request.enums(path + ".capabilities", desk.capabilities(), DeskCapability.class);
    return request.build(path, () -> new Desk(desk.code(), capabilities));
  }

  /** Latitude and longitude are primitives in the domain: a missing one would silently become 0. */
  private static Coordinates coordinates(
      RequestAssembly request, String path, CoordinatesDto coordinates) {
    if (coordinates == null) {
      return null;
    }
    Double latitude = request.required(path + ".latitude", coordinates.latitude());
    Double longitude = request.required(path + ".longitude", coordinates.longitude());
    if (latitude == null || longitude == null) {
      return null;
    }
    return request.build(path, () -> new Coordinates(latitude, longitude));
  }

  private WeeklySchedule schedule(
      RequestAssembly request, String path, Map<DayOfWeek, List<TimeWindowDto>> days) {
    if (days == null) {
      return null;
    }
    Map<DayOfWeek, List<TimeWindow>> built = new EnumMap<>(DayOfWeek.class);
    days.forEach(
        (day, windows) -> built.put(day, windows(request, path + "." + day.name(), windows)));
    return request.build(path, () -> new WeeklySchedule(built));
  }

  private List<TimeWindow> windows(
      RequestAssembly request, String path, List<TimeWindowDto> windows) {
    return request.list(
        path,
        windows,
        (itemPath, window) -> request.build(itemPath, () -> common.toDomain(window)));
  }
}
