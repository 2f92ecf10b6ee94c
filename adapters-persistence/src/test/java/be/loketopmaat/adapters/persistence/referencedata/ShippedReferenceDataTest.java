package be.loketopmaat.adapters.persistence.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.application.port.out.ReferenceDataSource;
import be.loketopmaat.application.port.out.ReferenceDataSource.ReferenceData;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationType;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The two cities' files as shipped: they load through the domain's rules and say what domain.md
 * says.
 */
class ShippedReferenceDataTest {

  @Test
  void antwerp() {
    ReferenceData data = load("antwerp");
    Map<LocationType, Long> byType =
        data.locations().stream()
            .collect(Collectors.groupingBy(Location::type, Collectors.counting()));
    assertThat(byType)
        .containsEntry(LocationType.REGIONAL_HUB, 4L)
        .containsEntry(LocationType.CITY_COUNTER, 6L)
        .containsEntry(LocationType.NEIGHBOURHOOD_COUNTER, 2L)
        .containsEntry(LocationType.KIOSK_SITE, 32L);
    assertThat(data.city().districts()).hasSize(9);
    assertThat(data.products()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(data.products()).filteredOn(p -> p.code().value().startsWith("attest-")).hasSize(10);
    assertThat(data.products()).filteredOn(Product::referredElsewhere).isNotEmpty();

    OfferRules rules = new OfferRules(data.city());
    Map<String, Location> locations =
        data.locations().stream()
            .collect(Collectors.toMap(l -> l.code().value(), Function.identity()));
    Product eid = product(data, "eid-application");
    assertThat(rules.servicesAt(locations.get("buurtloket-groenenhoek"), eid))
        .doesNotContain(OfferedService.PICKUP);
    assertThat(data.locations())
        .filteredOn(l -> l.type() == LocationType.REGIONAL_HUB)
        .allSatisfy(
            hub ->
                assertThat(rules.servicesAt(hub, eid))
                    .contains(OfferedService.APPOINTMENT, OfferedService.PICKUP));
    assertThat(data.locations())
        .filteredOn(l -> l.type() == LocationType.REGIONAL_HUB)
        .allSatisfy(
            hub -> assertThat(hub.schedule().on(java.time.DayOfWeek.SATURDAY)).isNotEmpty());
    // One mobile team for home visits, leaving from a hub that can keep the cards it brings.
    assertThat(data.mobileTeams())
        .singleElement()
        .satisfies(
            team -> {
              assertThat(rules.servicesAt(locations.get(team.base().value()), eid))
                  .contains(OfferedService.PICKUP);
              assertThat(team.hours().on(java.time.DayOfWeek.MONDAY)).isNotEmpty();
            });
  }

  @Test
  void leuven() {
    ReferenceData data = load("leuven");
    assertThat(data.city().code()).isEqualTo("leuven");
    assertThat(data.locations())
        .extracting(Location::type)
        .containsExactlyInAnyOrder(LocationType.REGIONAL_HUB, LocationType.PICKUP_COUNTER);
    OfferRules rules = new OfferRules(data.city());
    Location office =
        data.locations().stream()
            .filter(l -> l.type() == LocationType.REGIONAL_HUB)
            .findFirst()
            .orElseThrow();
    // Appointments only at the city office: nothing is handed out there without one.
    assertThat(data.products())
        .allSatisfy(
            p -> assertThat(rules.servicesAt(office, p)).doesNotContain(OfferedService.WALK_IN));
    assertThat(data.products())
        .filteredOn(p -> p.deliveredThrough(Channel.WALK_IN))
        .extracting(p -> p.code().value())
        .contains(
            "waste-bags", "gft-stickers", "rat-poison", "taxi-card", "city-map", "bollard-badge");
  }

  private static Product product(ReferenceData data, String code) {
    return data.products().stream()
        .filter(p -> p.code().value().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static ReferenceData load(String city) {
    try (ApplicationContext context = ApplicationContext.run(Map.of("loket.city", city))) {
      return context.getBean(ReferenceDataSource.class).load();
    }
  }
}
