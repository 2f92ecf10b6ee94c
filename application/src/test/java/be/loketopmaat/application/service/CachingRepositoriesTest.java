package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingRepositoriesTest {
  private final AppointmentTestKit.MutableClock clock =
      new AppointmentTestKit.MutableClock(AppointmentTestKit.monday(8, 0));
  private final AtomicInteger reads = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicBoolean away =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final InMemoryProducts source =
      new InMemoryProducts() {
        @Override
        public List<Product> findAll() {
          reads.incrementAndGet();
          if (away.get()) {
            throw new IllegalStateException("the database is away");
          }
          return super.findAll();
        }
      }.with(Fixtures.eid());
  private final CachingProductRepository products =
      new CachingProductRepository(source, Duration.ofSeconds(10), clock);

  @Test
  void readsTheSourceOncePerTimeToLive() {
    products.findAll();
    products.findByCode(new ProductCode("eid-application"));
    assertThat(reads).hasValue(1);
    clock.set(AppointmentTestKit.monday(8, 0).plusSeconds(10));
    products.findAll();
    assertThat(reads).hasValue(2);
  }

  @Test
  void anotherInstancesChangeIsSeenAfterTheTimeToLive() {
    products.findAll();
    source.insert(Fixtures.attest());
    assertThat(products.findByCode(new ProductCode("attest-main-residence"))).isEmpty();
    clock.set(AppointmentTestKit.monday(8, 0).plusSeconds(11));
    assertThat(products.findByCode(new ProductCode("attest-main-residence"))).isPresent();
  }

  @Test
  void aChangeThroughItIsSeenAtOnce() {
    products.findAll();
    products.insert(Fixtures.attest());
    assertThat(products.findByCode(new ProductCode("attest-main-residence"))).isPresent();

    InMemoryLocations locationSource =
        new InMemoryLocations().with(Fixtures.hub("hub", Fixtures.NORTH));
    CachingLocationRepository locations =
        new CachingLocationRepository(locationSource, Duration.ofHours(1), clock);
    assertThat(locations.findByCode(new LocationCode("hub")).orElseThrow().exceptions()).isEmpty();
    locations.addException(
        new LocationCode("hub"),
        CalendarException.closure(
            LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), Fixtures.text("Strike")));
    assertThat(locations.findByCode(new LocationCode("hub")).orElseThrow().exceptions()).hasSize(1);
  }

  @Test
  void whileTheSourceIsAwayTheLastGoodCopyIsServedAndTheSourceAskedOnlyNowAndThen() {
    products.findAll();
    away.set(true);
    clock.set(AppointmentTestKit.monday(8, 0).plusSeconds(10));

    assertThat(products.findByCode(new ProductCode("eid-application"))).isPresent();
    assertThat(products.findAll()).hasSize(1);
    assertThat(reads).as("asked once, then left alone for a while").hasValue(2);
    clock.set(AppointmentTestKit.monday(8, 0).plusSeconds(16));
    assertThat(products.findAll()).hasSize(1);
    assertThat(reads).hasValue(3);

    away.set(false);
    source.insert(Fixtures.attest());
    clock.set(AppointmentTestKit.monday(8, 0).plusSeconds(22));
    assertThat(products.findAll()).as("back: fresh again").hasSize(2);
  }

  @Test
  void withNoCopyYetTheSourcesFailureIsTheAnswer() {
    away.set(true);

    org.assertj.core.api.Assertions.assertThatThrownBy(products::findAll)
        .isInstanceOf(IllegalStateException.class);
  }
}
