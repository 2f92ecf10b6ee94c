package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.ManageLocationsUseCase;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.domain.calendar.HolidayCalendar;
import be.loketopmaat.domain.calendar.OpeningCalendar;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.city.District;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The location use cases: browsing, the opening calendar, and staff changes. */
public final class LocationService implements BrowseLocationsUseCase, ManageLocationsUseCase {
  /** The calendar shown when no end date is asked for: the two weeks people plan a visit in. */
  static final int DEFAULT_CALENDAR_DAYS = 14;

  private final LocationRepository locations;
  private final ProductRepository products;
  private final CityProfileUseCase city;
  private final Clock clock;

  public LocationService(
      LocationRepository locations,
      ProductRepository products,
      CityProfileUseCase city,
      Clock clock) {
    this.locations = locations;
    this.products = products;
    this.city = city;
    this.clock = clock;
  }

  @Override
  public List<Location> findLocations(LocationFilter filter) {
    Product product =
        filter.product() == null
            ? null
            : products
                .findByCode(filter.product())
                .orElseThrow(() -> new NotFoundException("product", filter.product().value()));
    OfferRules rules = product == null ? null : new OfferRules(city.cityProfile());
    return locations.findAll().stream()
        .filter(l -> filter.type() == null || l.type() == filter.type())
        .filter(l -> filter.district() == null || l.district().equals(filter.district()))
        .filter(l -> product == null || rules.offers(l, product))
        .toList();
  }

  @Override
  public LocationDetails getLocation(LocationCode code) {
    Location location = find(code);
    OfferRules rules = new OfferRules(city.cityProfile());
    Map<ProductCode, Set<OfferedService>> offer = new LinkedHashMap<>();
    for (Product product : products.findAll()) {
      Set<OfferedService> services = rules.servicesAt(location, product);
      if (!services.isEmpty()) {
        offer.put(product.code(), services);
      }
    }
    return new LocationDetails(location, offer);
  }

  @Override
  public OpeningCalendar openingCalendar(LocationCode code, LocalDate from, LocalDate to) {
    LocalDate start = from != null ? from : LocalDate.now(clock);
    LocalDate end = to != null ? to : start.plusDays(DEFAULT_CALENDAR_DAYS - 1);
    Location location = find(code);
    return OpeningCalendar.resolve(
        location, start, end, new HolidayCalendar(city.cityProfile().holidays()));
  }

  @Override
  public Location createLocation(Location location) {
    requireKnownDistrict(location);
    locations.insert(location);
    return location;
  }

  @Override
  public Location replaceLocation(Location location) {
    requireKnownDistrict(location);
    Location current = find(location.code());
    Location replaced = location.withExceptions(current.exceptions());
    if (!locations.update(replaced)) {
      throw new NotFoundException("location", location.code().value());
    }
    return replaced;
  }

  @Override
  public CalendarException addCalendarException(
      LocationCode location, CalendarException exception) {
    if (!locations.addException(location, exception)) {
      throw new NotFoundException("location", location.value());
    }
    return exception;
  }

  @Override
  public void removeCalendarException(LocationCode location, UUID exceptionId) {
    find(location);
    if (!locations.removeException(location, exceptionId)) {
      throw new NotFoundException("calendar exception", exceptionId.toString());
    }
  }

  private Location find(LocationCode code) {
    return locations
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("location", code.value()));
  }

  private void requireKnownDistrict(Location location) {
    CityProfile profile = city.cityProfile();
    if (profile.district(location.district()).isEmpty()) {
      throw new InvalidInputException(
          "district",
          "unknown district '{0}'; the districts of {1} are {2}",
          location.district().value(),
          profile.name(),
          profile.districts().stream()
              .map(District::code)
              .map(Object::toString)
              .collect(Collectors.joining(", ")));
    }
  }
}
