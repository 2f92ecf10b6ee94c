package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import java.util.List;
import java.util.Optional;

/** Where the catalogue is kept. */
public interface ProductRepository {

  /** Every product, ordered by code. */
  List<Product> findAll();

  Optional<Product> findByCode(ProductCode code);

  /**
   * @throws be.loketopmaat.application.AlreadyExistsException when the code is taken
   */
  void insert(Product product);

  /** Replaces the product with the same code; false when there is none. */
  boolean update(Product product);

  long count();
}
