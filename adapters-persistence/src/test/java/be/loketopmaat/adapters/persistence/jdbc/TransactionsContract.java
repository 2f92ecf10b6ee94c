package be.loketopmaat.adapters.persistence.jdbc;

import static be.loketopmaat.adapters.persistence.jdbc.Fixtures.city;
import static be.loketopmaat.adapters.persistence.jdbc.Fixtures.location;
import static be.loketopmaat.adapters.persistence.jdbc.Fixtures.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.port.in.SeedReferenceDataUseCase.SeedReport;
import be.loketopmaat.application.port.out.CityProfileRepository;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.ReferenceDataSource;
import be.loketopmaat.application.port.out.ReferenceDataSource.ReferenceData;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.service.ReferenceDataService;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link Transactions} must do together with the repositories of the same adapter: the
 * repositories' calls inside the work are one transaction. Run against each database by a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TransactionsContract {
  @Inject Transactions transactions;
  @Inject CityProfileRepository cities;
  @Inject ProductRepository products;
  @Inject LocationRepository locations;
  @Inject ReferenceDataSource referenceData;
  @Inject TransactionOperations<Connection> operations;

  @BeforeEach
  void startEmpty() {
    Tables.clear(operations);
  }

  @Test
  void commitsAllTheWorkAndReturnsItsResult() {
    String result =
        transactions.inTransaction(
            () -> {
              writeOneOfEach();
              return "done";
            });

    assertThat(result).isEqualTo("done");
    assertThat(cities.find()).contains(city("antwerp"));
    assertThat(products.count()).isEqualTo(1);
    assertThat(locations.count()).isEqualTo(1);
    assertThat(locations.findByCode(new LocationCode("hub-centrum")).orElseThrow().exceptions())
        .hasSize(3);
  }

  @Test
  void rollsBackAllTheWorkWhenItThrows() {
    IllegalStateException failure = new IllegalStateException("the work failed");

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      writeOneOfEach();
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(cities.find()).isEmpty();
    assertThat(products.count()).isZero();
    assertThat(locations.count()).isZero();
    assertThat(Tables.rows(operations, "location_calendar_exception")).isZero();
  }

  @Test
  void rollsBackTheEarlierWritesWhenARepositoryRefusesOne() {
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      cities.save(city("antwerp"));
                      products.insert(product("passport"));
                      products.insert(product("passport"));
                      return null;
                    }))
        .isInstanceOf(AlreadyExistsException.class);

    assertThat(cities.find()).isEmpty();
    assertThat(products.count()).isZero();
  }

  @Test
  void runsWorkChosenAsADeadlockVictimAgainAndGivesUpAfterAFewTries() {
    java.util.concurrent.atomic.AtomicInteger runs =
        new java.util.concurrent.atomic.AtomicInteger();
    String result =
        transactions.inTransaction(
            () -> {
              products.insert(Fixtures.product("retried-" + runs.incrementAndGet()));
              if (runs.get() == 1) {
                throw new io.micronaut.data.exceptions.DataAccessException(
                    "deadlock",
                    new java.sql.SQLException("deadlock detected", SqlStates.DEADLOCK_DETECTED));
              }
              return "done";
            });
    assertThat(result).isEqualTo("done");
    assertThat(runs).hasValue(2);
    assertThat(products.findAll()).extracting(p -> p.code().value()).containsExactly("retried-2");

    runs.set(0);
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      runs.incrementAndGet();
                      throw new io.micronaut.data.exceptions.DataAccessException(
                          "deadlock",
                          new java.sql.SQLException(
                              "deadlock detected", SqlStates.DEADLOCK_DETECTED));
                    }))
        .isInstanceOf(io.micronaut.data.exceptions.DataAccessException.class);
    assertThat(runs).hasValue(JdbcTransactions.ATTEMPTS);

    runs.set(0);
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      runs.incrementAndGet();
                      throw new IllegalStateException("a bug is not retried");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(runs).hasValue(1);
  }

  @Test
  void hidesTheWorkFromOthersUntilItCommits() {
    long seenByOthersDuringTheWork =
        transactions.inTransaction(
            () -> {
              products.insert(product("passport"));
              assertThat(products.count()).isEqualTo(1);
              // Another thread has no transaction of its own here, so it reads through another
              // connection.
              return CompletableFuture.supplyAsync(products::count).join();
            });

    assertThat(seenByOthersDuringTheWork).isZero();
    assertThat(products.count()).isEqualTo(1);
  }

  @Test
  void seedsTheTestCityWholeAndOnlyOnce() {
    ReferenceData data = referenceData.load();
    ReferenceDataService seeding =
        new ReferenceDataService(referenceData, cities, products, locations, transactions);

    SeedReport first = seeding.seedIfEmpty();
    SeedReport second = seeding.seedIfEmpty();

    assertThat(first).isEqualTo(new SeedReport("test-city", true, 4, 4));
    assertThat(second).isEqualTo(new SeedReport("test-city", false, 4, 4));
    assertThat(cities.find()).contains(data.city());
    assertThat(products.findAll())
        .containsExactlyElementsOf(
            data.products().stream().sorted(Comparator.comparing(p -> p.code().value())).toList());
    List<Location> stored = locations.findAll();
    List<Location> expected =
        data.locations().stream().sorted(Comparator.comparing(l -> l.code().value())).toList();
    assertThat(stored).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(stored.get(i).withExceptions(List.of()))
          .isEqualTo(expected.get(i).withExceptions(List.of()));
      assertThat(stored.get(i).exceptions())
          .containsExactlyInAnyOrderElementsOf(expected.get(i).exceptions());
    }
  }

  private void writeOneOfEach() {
    cities.save(city("antwerp"));
    Product product = product("passport");
    products.insert(product);
    locations.insert(location("hub-centrum"));
    locations.addException(
        new LocationCode("hub-centrum"),
        Fixtures.closure(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 1)));
  }
}
