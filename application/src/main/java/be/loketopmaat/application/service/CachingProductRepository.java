package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue, read at most once per time-to-live; writes go through and are seen here at once.
 */
public final class CachingProductRepository implements ProductRepository {
  private final ProductRepository source;
  private final Snapshot<Map<ProductCode, Product>> all;

  public CachingProductRepository(ProductRepository source, Duration timeToLive, Clock clock) {
    this(source, timeToLive, clock, () -> true);
  }

  /** As above; while {@code sourceReachable} says no, the last good copy is served as it is. */
  public CachingProductRepository(
      ProductRepository source,
      Duration timeToLive,
      Clock clock,
      java.util.function.BooleanSupplier sourceReachable) {
    this.source = source;
    this.all =
        new Snapshot<>(
            () -> {
              Map<ProductCode, Product> byCode = new LinkedHashMap<>();
              source.findAll().forEach(p -> byCode.put(p.code(), p));
              return byCode;
            },
            timeToLive,
            clock,
            sourceReachable);
  }

  @Override
  public List<Product> findAll() {
    return List.copyOf(all.get().values());
  }

  @Override
  public Optional<Product> findByCode(ProductCode code) {
    return Optional.ofNullable(all.get().get(code));
  }

  @Override
  public void insert(Product product) {
    try {
      source.insert(product);
    } finally {
      all.forget();
    }
  }

  @Override
  public boolean update(Product product) {
    try {
      return source.update(product);
    } finally {
      all.forget();
    }
  }

  @Override
  public long count() {
    return all.get().size();
  }
}
