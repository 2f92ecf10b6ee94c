package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.catalogue.Theme;
import java.util.List;

/** What the city offers: the catalogue, searchable by theme, channel and text. */
public interface BrowseCatalogueUseCase {

  /** Every product that matches all the given criteria; a null criterion matches everything. */
  List<Product> findProducts(ProductFilter filter);

  /**
   * @throws be.loketopmaat.application.NotFoundException when no product has that code
   */
  Product getProduct(ProductCode code);

  /** {@code text} matches the code or the name in any language, ignoring case. */
  record ProductFilter(Theme theme, Channel channel, String text) {
    public static ProductFilter all() {
      return new ProductFilter(null, null, null);
    }
  }
}
