package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.catalogue.Product;

/** Staff keep the catalogue: add products and change them. */
public interface ManageCatalogueUseCase {

  /**
   * @throws be.loketopmaat.application.AlreadyExistsException when the code is taken
   */
  Product createProduct(Product product);

  /**
   * Replaces the product with the same code. @throws be.loketopmaat.application.NotFoundException
   */
  Product replaceProduct(Product product);
}
