package be.loketopmaat.adapters.persistence.jdbc;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue in the {@code product} table. Every method is transactional with the default
 * propagation, so that it joins the transaction of {@link JdbcTransactions} when there is one.
 */
@Singleton
@Transactional
public class JdbcProductRepository implements ProductRepository {
  private static final Argument<Documents.ProductDefinition> DEFINITION =
      Argument.of(Documents.ProductDefinition.class);

  private final ProductRows rows;
  private final RowMapper mapper;
  private final JsonColumns json;

  JdbcProductRepository(ProductRows rows, RowMapper mapper, JsonColumns json) {
    this.rows = rows;
    this.mapper = mapper;
    this.json = json;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Product> findAll() {
    return rows.listOrderByCode().stream().map(this::toDomain).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Product> findByCode(ProductCode code) {
    return rows.findById(code.value()).map(this::toDomain);
  }

  @Override
  public void insert(Product product) {
    try {
      rows.save(toRow(product));
    } catch (DataAccessException e) {
      // The primary key decides, not a prior look-up, so that concurrent inserts cannot both pass.
      if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new AlreadyExistsException("product", product.code().value());
      }
      throw e;
    }
  }

  @Override
  public boolean update(Product product) {
    ProductRow row = toRow(product);
    return rows.update(
            row.code(), row.theme(), row.nameNl(), row.nameFr(), row.nameEn(), row.definition())
        > 0;
  }

  @Override
  @Transactional(readOnly = true)
  public long count() {
    return rows.count();
  }

  private ProductRow toRow(Product product) {
    return mapper.toRow(product, json.write(DEFINITION, mapper.toDefinition(product)));
  }

  private Product toDomain(ProductRow row) {
    return mapper.toProduct(row, json.read(DEFINITION, row.definition()));
  }
}
