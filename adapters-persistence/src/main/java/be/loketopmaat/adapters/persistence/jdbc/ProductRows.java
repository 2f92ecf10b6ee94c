package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProductRows extends GenericRepository<ProductRow, String> {

  List<ProductRow> listOrderByCode();

  Optional<ProductRow> findById(String code);

  ProductRow save(ProductRow row);

  /** The number of rows changed: 0 when there is no product with that code. */
  long update(
      @Id String code,
      String theme,
      String nameNl,
      String nameFr,
      String nameEn,
      String definition);

  long count();
}
