package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.homevisit.MobileTeam;
import be.loketopmaat.domain.location.Location;
import java.util.List;

/** The configured city's reference data (profile, catalogue, locations), as shipped or supplied. */
public interface ReferenceDataSource {

  /**
   * @throws be.loketopmaat.domain.common.InvalidInputException when the data breaks a rule of the
   *     domain
   */
  ReferenceData load();

  /** The city's data; {@code mobileTeams} are the teams that make home visits (maybe none). */
  record ReferenceData(
      CityProfile city,
      List<Product> products,
      List<Location> locations,
      List<MobileTeam> mobileTeams) {
    public ReferenceData {
      products = List.copyOf(products);
      locations = List.copyOf(locations);
      mobileTeams = List.copyOf(mobileTeams);
    }

    /** A city without mobile teams. */
    public ReferenceData(CityProfile city, List<Product> products, List<Location> locations) {
      this(city, products, locations, List.of());
    }
  }
}
