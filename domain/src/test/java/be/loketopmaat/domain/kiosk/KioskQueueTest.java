package be.loketopmaat.domain.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.offer.OfferRules;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which kiosks print walk-in tickets, and for which products. */
class KioskQueueTest {
  private final OfferRules rules = new OfferRules(Fixtures.city());

  @Test
  void aKioskInTheHallOfACounterWithWalkInsPrintsItsTicketsForWhatItHandsOutWithoutAppointment() {
    Location hall = withKiosk(Fixtures.hub("hub", Fixtures.NORTH));

    assertThat(KioskQueue.issuesTickets(hall)).isTrue();
    // The fixture's eID is picked up without appointment; the attest is only by appointment.
    assertThat(KioskQueue.ticketProducts(rules, hall, List.of(Fixtures.attest(), Fixtures.eid())))
        .extracting(p -> p.code().value())
        .containsExactly("eid-application");
  }

  @Test
  void aKioskSiteACounterWithoutKioskTerminalAndOneWithoutWalkInsPrintNoTickets() {
    List<Location> none =
        List.of(
            Fixtures.kiosk("bib", Fixtures.SOUTH),
            Fixtures.hub("hub", Fixtures.NORTH),
            withKiosk(Fixtures.neighbourhoodCounter("buurt", Fixtures.SOUTH)));
    for (Location site : none) {
      assertThat(KioskQueue.issuesTickets(site)).as(site.code().value()).isFalse();
      assertThat(KioskQueue.ticketProducts(rules, site, List.of(Fixtures.eid())))
          .as(site.code().value())
          .isEmpty();
    }
  }

  private static Location withKiosk(Location location) {
    EnumSet<Facility> facilities = EnumSet.copyOf(location.facilities());
    facilities.add(Facility.KIOSK_TERMINAL);
    return new Location(
        location.code(),
        location.name(),
        location.type(),
        location.district(),
        location.address(),
        location.coordinates(),
        facilities,
        location.desks(),
        location.schedule(),
        location.exceptions());
  }
}
