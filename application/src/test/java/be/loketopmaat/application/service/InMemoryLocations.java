package be.loketopmaat.application.service;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Locations in memory, keeping exceptions apart from updates as the port promises. */
final class InMemoryLocations implements LocationRepository {
  final TreeMap<String, Location> byCode = new TreeMap<>();

  InMemoryLocations with(Location... locations) {
    for (Location location : locations) {
      insert(location);
    }
    return this;
  }

  @Override
  public List<Location> findAll() {
    return List.copyOf(byCode.values());
  }

  @Override
  public Optional<Location> findByCode(LocationCode code) {
    return Optional.ofNullable(byCode.get(code.value()));
  }

  @Override
  public void insert(Location location) {
    if (byCode.putIfAbsent(location.code().value(), location) != null) {
      throw new AlreadyExistsException("location", location.code().value());
    }
  }

  @Override
  public boolean update(Location location) {
    Location current = byCode.get(location.code().value());
    if (current == null) {
      return false;
    }
    byCode.put(location.code().value(), location.withExceptions(current.exceptions()));
    return true;
  }

  @Override
  public boolean addException(LocationCode location, CalendarException exception) {
    Location current = byCode.get(location.value());
    if (current == null) {
      return false;
    }
    byCode.put(location.value(), current.withException(exception));
    return true;
  }

  @Override
  public boolean removeException(LocationCode location, UUID exceptionId) {
    Location current = byCode.get(location.value());
    if (current == null || !current.hasException(exceptionId)) {
      return false;
    }
    List<CalendarException> kept = new ArrayList<>(current.exceptions());
    kept.removeIf(e -> e.id().equals(exceptionId));
    byCode.put(location.value(), current.withExceptions(kept));
    return true;
  }

  @Override
  public long count() {
    return byCode.size();
  }
}
