package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.location.Location;
import java.util.List;

/** The configured city's reference data (profile, catalogue, locations), as shipped or supplied. */
public interface ReferenceDataSource {

  /**
   * @throws be.loketopmaat.domain.common.InvalidInputException when the data breaks a rule of the
   *     domain
   */
  ReferenceData load();

  record ReferenceData(CityProfile city, List<Product> products, List<Location> locations) {
    public ReferenceData {
      products = List.copyOf(products);
      locations = List.copyOf(locations);
    }
  }
}
