package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.SeedReferenceDataUseCase;
import be.loketopmaat.application.port.out.CityProfileRepository;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.ReferenceDataSource;
import be.loketopmaat.application.port.out.ReferenceDataSource.ReferenceData;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.Location;
import java.util.Optional;

/**
 * Loads the configured city's reference data into an empty database at first start, all or nothing.
 * Afterwards the database is the truth (staff change it through the API); the file is not read
 * again.
 */
public final class ReferenceDataService implements SeedReferenceDataUseCase {
  private final ReferenceDataSource source;
  private final CityProfileRepository cities;
  private final ProductRepository products;
  private final LocationRepository locations;
  private final Transactions transactions;

  public ReferenceDataService(
      ReferenceDataSource source,
      CityProfileRepository cities,
      ProductRepository products,
      LocationRepository locations,
      Transactions transactions) {
    this.source = source;
    this.cities = cities;
    this.products = products;
    this.locations = locations;
    this.transactions = transactions;
  }

  @Override
  public SeedReport seedIfEmpty() {
    ReferenceData data = source.load();
    return transactions.inTransaction(
        () -> {
          Optional<CityProfile> existing = cities.find();
          if (existing.isPresent()) {
            if (!existing.get().code().equals(data.city().code())) {
              throw new IllegalStateException(
                  "this database holds the reference data of '"
                      + existing.get().code()
                      + "' but the service is configured for '"
                      + data.city().code()
                      + "': use one database per city");
            }
            return new SeedReport(
                existing.get().code(), false, (int) products.count(), (int) locations.count());
          }
          for (Location location : data.locations()) {
            if (data.city().district(location.district()).isEmpty()) {
              throw new InvalidInputException(
                  "locations." + location.code() + ".district",
                  "unknown district '{0}'",
                  location.district());
            }
          }
          cities.save(data.city());
          data.products().forEach(products::insert);
          data.locations().forEach(locations::insert);
          return new SeedReport(
              data.city().code(), true, data.products().size(), data.locations().size());
        });
  }
}
