package be.loketopmaat.application.service;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The catalogue in memory, so that the services' tests read as specifications. */
class InMemoryProducts implements ProductRepository {
  final TreeMap<String, Product> byCode = new TreeMap<>();

  InMemoryProducts with(Product... products) {
    for (Product product : products) {
      insert(product);
    }
    return this;
  }

  @Override
  public List<Product> findAll() {
    return List.copyOf(byCode.values());
  }

  @Override
  public Optional<Product> findByCode(ProductCode code) {
    return Optional.ofNullable(byCode.get(code.value()));
  }

  @Override
  public void insert(Product product) {
    if (byCode.putIfAbsent(product.code().value(), product) != null) {
      throw new AlreadyExistsException("product", product.code().value());
    }
  }

  @Override
  public boolean update(Product product) {
    return byCode.replace(product.code().value(), product) != null;
  }

  @Override
  public long count() {
    return byCode.size();
  }
}
