package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where locations are kept, each with its calendar exceptions. The exceptions are added and removed
 * one by one, so that two staff members closing the same location for different days never undo
 * each other.
 */
public interface LocationRepository {

  /** Every location with its exceptions, ordered by code. */
  List<Location> findAll();

  Optional<Location> findByCode(LocationCode code);

  /**
   * Stores a new location with its exceptions. @throws
   * be.loketopmaat.application.AlreadyExistsException
   */
  void insert(Location location);

  /**
   * Replaces everything but the exceptions of the location with the same code; false when there is
   * none.
   */
  boolean update(Location location);

  /** False when the location does not exist. */
  boolean addException(LocationCode location, CalendarException exception);

  /** False when the location has no exception with that id. */
  boolean removeException(LocationCode location, UUID exceptionId);

  long count();
}
