package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Locations with their exceptions, read at most once per time-to-live; writes go through and are
 * seen at once.
 */
public final class CachingLocationRepository implements LocationRepository {
  private final LocationRepository source;
  private final Snapshot<Map<LocationCode, Location>> all;

  public CachingLocationRepository(LocationRepository source, Duration timeToLive, Clock clock) {
    this(source, timeToLive, clock, () -> true);
  }

  /** As above; while {@code sourceReachable} says no, the last good copy is served as it is. */
  public CachingLocationRepository(
      LocationRepository source,
      Duration timeToLive,
      Clock clock,
      java.util.function.BooleanSupplier sourceReachable) {
    this.source = source;
    this.all =
        new Snapshot<>(
            () -> {
              Map<LocationCode, Location> byCode = new LinkedHashMap<>();
              source.findAll().forEach(l -> byCode.put(l.code(), l));
              return byCode;
            },
            timeToLive,
            clock,
            sourceReachable);
  }

  @Override
  public List<Location> findAll() {
    return List.copyOf(all.get().values());
  }

  @Override
  public Optional<Location> findByCode(LocationCode code) {
    return Optional.ofNullable(all.get().get(code));
  }

  @Override
  public void insert(Location location) {
    try {
      source.insert(location);
    } finally {
      all.forget();
    }
  }

  @Override
  public boolean update(Location location) {
    try {
      return source.update(location);
    } finally {
      all.forget();
    }
  }

  @Override
  public boolean addException(LocationCode location, CalendarException exception) {
    try {
      return source.addException(location, exception);
    } finally {
      all.forget();
    }
  }

  @Override
  public boolean removeException(LocationCode location, UUID exceptionId) {
    try {
      return source.removeException(location, exceptionId);
    } finally {
      all.forget();
    }
  }

  @Override
  public long count() {
    return all.get().size();
  }
}
