package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.out.CityProfileRepository;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.ReferenceDataSource;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.service.CatalogueService;
import be.loketopmaat.application.service.ChannelAdviceService;
import be.loketopmaat.application.service.CityProfiles;
import be.loketopmaat.application.service.LocationService;
import be.loketopmaat.application.service.ReferenceDataService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Wires the application services by calling their constructors, so that the core carries no framework
 * annotation. Each bean is exposed under the in-ports its class implements.
 */
@Factory
public class ApplicationServices {
  /** The city's own time: "today" for a calendar is today in Belgium, whatever the server's zone. */
  public static final ZoneId CITY_ZONE = ZoneId.of("Europe/Brussels");

  @Singleton
  Clock clock() {
    return Clock.system(CITY_ZONE);
  }

  @Singleton
  CityProfiles cityProfiles(CityProfileRepository repository) {
    return new CityProfiles(repository);
  }

  @Singleton
  CatalogueService catalogueService(ProductRepository products) {
    return new CatalogueService(products);
  }

  @Singleton
  LocationService locationService(LocationRepository locations, ProductRepository products, CityProfileUseCase city,
      Clock clock) {
    return new LocationService(locations, products, city, clock);
  }

  @Singleton
  ChannelAdviceService channelAdviceService(ProductRepository products, LocationRepository locations,
      CityProfileUseCase city) {
    return new ChannelAdviceService(products, locations, city);
  }

  @Singleton
  ReferenceDataService referenceDataService(ReferenceDataSource source, CityProfileRepository cities,
      ProductRepository products, LocationRepository locations, Transactions transactions) {
    return new ReferenceDataService(source, cities, products, locations, transactions);
  }
}
