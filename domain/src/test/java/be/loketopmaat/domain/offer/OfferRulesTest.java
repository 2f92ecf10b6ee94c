package be.loketopmaat.domain.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.location.Location;
import org.junit.jupiter.api.Test;

class OfferRulesTest {
  private final OfferRules rules = new OfferRules(Fixtures.city());
  private final Location hub = Fixtures.hub("hub", Fixtures.NORTH);
  private final Location groenenhoek = Fixtures.neighbourhoodCounter("groenenhoek", Fixtures.SOUTH);
  private final Location kiosk = Fixtures.kiosk("bib", Fixtures.SOUTH);

  @Test
  void aHubWithEverythingOffersTheEidAndItsPickup() {
    assertThat(rules.servicesAt(hub, Fixtures.eid()))
        .containsExactlyInAnyOrder(OfferedService.APPOINTMENT, OfferedService.PICKUP);
  }

  @Test
  void aProductThatNeedsASafeIsNeverOfferedWhereThereIsNone() {
    assertThat(rules.servicesAt(groenenhoek, Fixtures.eid()))
        .containsExactly(OfferedService.APPOINTMENT);
  }

  @Test
  void aLocationOffersOnlyTheThemesOfItsType() {
    // The city's neighbourhood counters offer identity and housing; mobility is not among them.
    var city = Fixtures.city();
    assertThat(city.themesOfferedAt(groenenhoek.type()))
        .doesNotContain(be.loketopmaat.domain.catalogue.Theme.MOBILITY);
    assertThat(rules.servicesAt(kiosk, Fixtures.eid())).isEmpty();
  }

  @Test
  void kiosksOfferWhatHasAKioskChannel() {
    assertThat(rules.servicesAt(kiosk, Fixtures.attest())).containsExactly(OfferedService.KIOSK);
    assertThat(rules.servicesAt(hub, Fixtures.attest()))
        .containsExactly(OfferedService.APPOINTMENT);
  }

  @Test
  void aProductDeliveredElsewhereIsOfferedNowhere() {
    assertThat(rules.offers(hub, Fixtures.socialServices())).isFalse();
  }

  @Test
  void aDeskMustHandleTheTheme() {
    Location noIdentityDesk =
        new Location(
            hub.code(),
            hub.name(),
            hub.type(),
            hub.district(),
            hub.address(),
            hub.coordinates(),
            hub.facilities(),
            java.util.List.of(
                new be.loketopmaat.domain.location.Desk(
                    "desk-1",
                    java.util.EnumSet.of(be.loketopmaat.domain.location.DeskCapability.HOUSING))),
            hub.schedule(),
            java.util.List.of());
    assertThat(rules.servicesAt(noIdentityDesk, Fixtures.eid())).isEmpty();
  }
}
