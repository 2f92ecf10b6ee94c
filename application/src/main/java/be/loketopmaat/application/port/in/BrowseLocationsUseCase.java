package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.calendar.OpeningCalendar;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.LocationType;
import be.loketopmaat.domain.offer.OfferedService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where the city serves citizens, what each place offers, and when it is open. */
public interface BrowseLocationsUseCase {

  /**
   * Locations matching all given criteria (null matches everything); {@code product} keeps those
   * that offer the product in some way.
   *
   * @throws be.loketopmaat.application.NotFoundException when the product filter names no product
   */
  List<Location> findLocations(LocationFilter filter);

  /**
   * @throws be.loketopmaat.application.NotFoundException
   */
  LocationDetails getLocation(LocationCode code);

  /**
   * The resolved open windows of a location. A missing {@code from} is today, a missing {@code to}
   * is two weeks after {@code from}.
   */
  OpeningCalendar openingCalendar(LocationCode code, LocalDate from, LocalDate to);

  record LocationFilter(LocationType type, DistrictCode district, ProductCode product) {
    public static LocationFilter all() {
      return new LocationFilter(null, null, null);
    }
  }

  /** A location with what it offers, product by product. */
  record LocationDetails(Location location, Map<ProductCode, Set<OfferedService>> offer) {}
}
