package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase.LocationDetails;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase.LocationFilter;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.calendar.OpeningCalendar;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.LocationType;
import be.loketopmaat.domain.offer.OfferedService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LocationServiceTest {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  // 23:30 UTC on Sunday 22 November 2026 is already Monday 23 November in Brussels.
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), BRUSSELS);
  private final InMemoryProducts products =
      new InMemoryProducts().with(Fixtures.eid(), Fixtures.attest());
  private final InMemoryLocations locations =
      new InMemoryLocations()
          .with(
              Fixtures.hub("hub", Fixtures.NORTH),
              Fixtures.neighbourhoodCounter("groenenhoek", Fixtures.SOUTH),
              Fixtures.kiosk("bib", Fixtures.SOUTH));
  private final LocationService service =
      new LocationService(locations, products, Fixtures::city, clock);

  @Test
  void filtersByTypeDistrictAndProduct() {
    assertThat(service.findLocations(new LocationFilter(LocationType.KIOSK_SITE, null, null)))
        .extracting(l -> l.code().value())
        .containsExactly("bib");
    assertThat(service.findLocations(new LocationFilter(null, new DistrictCode("south"), null)))
        .extracting(l -> l.code().value())
        .containsExactly("bib", "groenenhoek");
    assertThat(
            service.findLocations(
                new LocationFilter(null, null, new ProductCode("eid-application"))))
        .extracting(l -> l.code().value())
        .containsExactly("groenenhoek", "hub");
  }

  @Test
  void filteringByAnUnknownProductIsNotFound() {
    assertThatThrownBy(
            () -> service.findLocations(new LocationFilter(null, null, new ProductCode("unicorn"))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aLocationSaysWhatItOffers() {
    LocationDetails details = service.getLocation(new LocationCode("groenenhoek"));
    assertThat(details.offer())
        .containsEntry(new ProductCode("eid-application"), Set.of(OfferedService.APPOINTMENT));
  }

  @Test
  void theCalendarStartsTodayInBrusselsForTwoWeeksByDefault() {
    OpeningCalendar calendar = service.openingCalendar(new LocationCode("hub"), null, null);
    assertThat(calendar.from()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(calendar.to()).isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(calendar.windows()).hasSize(10);
  }

  @Test
  void theCalendarOfAnUnknownLocationIsNotFound() {
    assertThatThrownBy(() -> service.openingCalendar(new LocationCode("atlantis"), null, null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aLocationMustBeInOneOfTheCitysDistricts() {
    Location hub = Fixtures.hub("new-hub", Fixtures.NORTH);
    Location elsewhere =
        new Location(
            hub.code(),
            hub.name(),
            hub.type(),
            new DistrictCode("gent"),
            hub.address(),
            hub.coordinates(),
            hub.facilities(),
            hub.desks(),
            hub.schedule(),
            List.of());
    assertThatThrownBy(() -> service.createLocation(elsewhere))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("north, south");
    assertThat(locations.byCode).doesNotContainKey("new-hub");
  }

  @Test
  void replacingALocationKeepsItsCalendarExceptions() {
    LocationCode hub = new LocationCode("hub");
    CalendarException strike =
        CalendarException.closure(
            LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), Fixtures.text("Strike"));
    service.addCalendarException(hub, strike);
    Location renamed = Fixtures.hub("hub", Fixtures.SOUTH);
    service.replaceLocation(renamed);
    assertThat(locations.byCode.get("hub").exceptions()).containsExactly(strike);
    assertThat(locations.byCode.get("hub").coordinates()).isEqualTo(Fixtures.SOUTH);
  }

  @Test
  void removingAnUnknownExceptionIsNotFound() {
    assertThatThrownBy(
            () -> service.removeCalendarException(new LocationCode("hub"), UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("calendar exception");
    assertThatThrownBy(
            () ->
                service.addCalendarException(
                    new LocationCode("atlantis"),
                    CalendarException.closure(
                        LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), Fixtures.text("x"))))
        .isInstanceOf(NotFoundException.class);
  }
}
