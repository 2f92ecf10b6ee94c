package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BrowseCatalogueUseCase;
import be.loketopmaat.application.port.in.ManageCatalogueUseCase;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.WordSearch;
import java.util.List;

/** The catalogue use cases. */
public final class CatalogueService implements BrowseCatalogueUseCase, ManageCatalogueUseCase {
  private final ProductRepository products;

  public CatalogueService(ProductRepository products) {
    this.products = products;
  }

  @Override
  public List<Product> findProducts(ProductFilter filter) {
    WordSearch text = WordSearch.of(filter.text());
    return products.findAll().stream()
        .filter(p -> filter.theme() == null || p.theme() == filter.theme())
        .filter(p -> filter.channel() == null || p.deliveredThrough(filter.channel()))
        .filter(
            p ->
                text.matchesNothingInParticular()
                    || text.matches(p.code().value(), p.name().nl(), p.name().fr(), p.name().en()))
        .toList();
  }

  @Override
  public Product getProduct(ProductCode code) {
    return products
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("product", code.value()));
  }

  @Override
  public Product createProduct(Product product) {
    products.insert(product);
    return product;
  }

  @Override
  public Product replaceProduct(Product product) {
    if (!products.update(product)) {
      throw new NotFoundException("product", product.code().value());
    }
    return product;
  }
}
