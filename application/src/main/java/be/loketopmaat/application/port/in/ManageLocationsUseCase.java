package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import java.util.UUID;

/** Staff keep the locations: add and change them, close them for a while, open them extra. */
public interface ManageLocationsUseCase {

  /**
   * @throws be.loketopmaat.application.AlreadyExistsException when the code is taken
   */
  Location createLocation(Location location);

  /**
   * Replaces the location with the same code, keeping its calendar exceptions (they have endpoints
   * of their own). @throws be.loketopmaat.application.NotFoundException
   */
  Location replaceLocation(Location location);

  /**
   * @throws be.loketopmaat.application.NotFoundException when the location is unknown
   */
  CalendarException addCalendarException(LocationCode location, CalendarException exception);

  /**
   * @throws be.loketopmaat.application.NotFoundException when the location or the exception is
   *     unknown
   */
  void removeCalendarException(LocationCode location, UUID exceptionId);
}
