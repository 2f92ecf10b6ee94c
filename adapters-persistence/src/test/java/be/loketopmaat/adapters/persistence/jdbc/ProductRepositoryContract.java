package be.loketopmaat.adapters.persistence.jdbc;

import static be.loketopmaat.adapters.persistence.jdbc.Fixtures.digitalOnly;
import static be.loketopmaat.adapters.persistence.jdbc.Fixtures.product;
import static be.loketopmaat.adapters.persistence.jdbc.Fixtures.referralOnly;
import static be.loketopmaat.adapters.persistence.jdbc.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.catalogue.Theme;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link ProductRepository} must do; run against each database by a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProductRepositoryContract {
  @Inject ProductRepository products;
  @Inject TransactionOperations<Connection> transactions;

  @BeforeEach
  void startEmpty() {
    Tables.clear(transactions);
  }

  @Test
  void givesBackAnInsertedProductWithAllItsDetails() {
    Product product = product("eid-application");

    products.insert(product);

    assertThat(products.findByCode(product.code())).contains(product);
  }

  @Test
  void keepsProductsWithoutDeskDurationPickupOrChannels() {
    Product referral = referralOnly("rent-subsidy");
    Product digital = digitalOnly("birth-extract");

    products.insert(referral);
    products.insert(digital);

    assertThat(products.findByCode(referral.code())).contains(referral);
    assertThat(products.findByCode(referral.code()).orElseThrow().referredElsewhere()).isTrue();
    assertThat(products.findByCode(digital.code())).contains(digital);
  }

  @Test
  void findsNothingUnderAnUnknownCode() {
    products.insert(product("eid-application"));

    assertThat(products.findByCode(new ProductCode("passport"))).isEmpty();
  }

  @Test
  void listsAllProductsByCode() {
    products.insert(product("passport"));
    products.insert(referralOnly("kids-id"));
    products.insert(digitalOnly("address-change"));

    assertThat(products.findAll())
        .extracting(p -> p.code().value())
        .containsExactly("address-change", "kids-id", "passport");
    assertThat(products.findAll()).contains(product("passport"), referralOnly("kids-id"));
  }

  @Test
  void refusesATakenCodeAndKeepsTheFirstProduct() {
    Product first = product("eid-application");
    products.insert(first);
    Product second = digitalOnly("eid-application");

    assertThatThrownBy(() -> products.insert(second))
        .isInstanceOfSatisfying(
            AlreadyExistsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("product");
              assertThat(e.code()).isEqualTo("eid-application");
            });
    assertThat(products.findByCode(first.code())).contains(first);
    assertThat(products.count()).isEqualTo(1);
  }

  @Test
  void updateReplacesTheWholeProduct() {
    products.insert(product("eid-application"));
    products.insert(product("passport"));
    Product changed =
        new Product(
            new ProductCode("eid-application"),
            text("New name"),
            Theme.MOBILITY,
            null,
            digitalOnly("birth-extract").channels(),
            false,
            Duration.ofMinutes(7),
            null,
            null,
            null);

    assertThat(products.update(changed)).isTrue();

    assertThat(products.findByCode(changed.code())).contains(changed);
    assertThat(products.findByCode(new ProductCode("passport"))).contains(product("passport"));
  }

  @Test
  void updateOfAnUnknownProductCreatesNothing() {
    assertThat(products.update(product("eid-application"))).isFalse();

    assertThat(products.count()).isZero();
    assertThat(products.findByCode(new ProductCode("eid-application"))).isEmpty();
  }

  @Test
  void countsTheProducts() {
    assertThat(products.count()).isZero();
    products.insert(product("eid-application"));
    products.insert(referralOnly("rent-subsidy"));

    assertThat(products.count()).isEqualTo(2);
  }

  @Test
  void ofConcurrentInsertsOfOneCodeExactlyOneWins() throws InterruptedException {
    List<Throwable> outcomes =
        Concurrently.run(8, i -> products.insert(product("eid-application")));

    assertThat(outcomes).filteredOn(Objects::isNull).hasSize(1);
    assertThat(outcomes)
        .filteredOn(Objects::nonNull)
        .hasSize(7)
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(AlreadyExistsException.class));
    assertThat(products.count()).isEqualTo(1);
  }
}
