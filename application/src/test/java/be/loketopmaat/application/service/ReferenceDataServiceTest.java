package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.in.SeedReferenceDataUseCase.SeedReport;
import be.loketopmaat.application.port.out.CityProfileRepository;
import be.loketopmaat.application.port.out.ReferenceDataSource.ReferenceData;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.location.Location;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReferenceDataServiceTest {
  private final InMemoryProducts products = new InMemoryProducts();
  private final InMemoryLocations locations = new InMemoryLocations();
  private final InMemoryCity city = new InMemoryCity();
  private final RollbackTransactions transactions = new RollbackTransactions();
  private ReferenceData data =
      new ReferenceData(
          Fixtures.city(),
          List.of(Fixtures.eid(), Fixtures.attest()),
          List.of(Fixtures.hub("hub", Fixtures.NORTH), Fixtures.kiosk("bib", Fixtures.SOUTH)));
  private final ReferenceDataService service =
      new ReferenceDataService(() -> data, city, products, locations, transactions);

  @Test
  void fillsAnEmptyDatabaseOnce() {
    assertThat(service.seedIfEmpty()).isEqualTo(new SeedReport("testcity", true, 2, 2));
    assertThat(service.seedIfEmpty()).isEqualTo(new SeedReport("testcity", false, 2, 2));
    assertThat(products.byCode).containsOnlyKeys("attest-main-residence", "eid-application");
    assertThat(transactions.run).isEqualTo(2);
  }

  @Test
  void refusesADatabaseOfAnotherCity() {
    service.seedIfEmpty();
    CityProfile other = Fixtures.city();
    data =
        new ReferenceData(
            new CityProfile(
                "leuven",
                "Leuven",
                other.contactCentre(),
                other.eCounterUrl(),
                null,
                other.districts(),
                other.themesByLocationType(),
                List.of()),
            List.of(),
            List.of());
    assertThatThrownBy(service::seedIfEmpty)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one database per city");
  }

  @Test
  void loadsAllOrNothing() {
    Location hub = Fixtures.hub("hub", Fixtures.NORTH);
    data = new ReferenceData(Fixtures.city(), List.of(Fixtures.eid()), List.of(hub, hub));
    assertThatThrownBy(service::seedIfEmpty).isInstanceOf(RuntimeException.class);
    assertThat(city.profile).isNull();
    assertThat(products.byCode).isEmpty();
    assertThat(locations.byCode).isEmpty();
  }

  private static final class InMemoryCity implements CityProfileRepository {
    CityProfile profile;

    @Override
    public Optional<CityProfile> find() {
      return Optional.ofNullable(profile);
    }

    @Override
    public void save(CityProfile profile) {
      this.profile = profile;
    }
  }

  /** Rolls back the in-memory stores when the work fails, as a database transaction would. */
  private final class RollbackTransactions implements Transactions {
    int run;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      run++;
      try {
        return work.get();
      } catch (RuntimeException e) {
        city.profile = null;
        products.byCode.clear();
        locations.byCode.clear();
        throw e;
      }
    }
  }
}
