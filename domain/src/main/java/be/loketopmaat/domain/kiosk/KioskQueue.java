package be.loketopmaat.domain.kiosk;

import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Whether a kiosk may print walk-in tickets, and for what. A kiosk prints tickets for the queue of
 * the location it is registered at, and only where that location has a queue: a staffed location
 * whose type serves walk-ins, with desks, and with the {@link Facility#KIOSK_TERMINAL} facility
 * (the kiosk stands in the counter's hall). A kiosk site (a library, a sports hall) has no desks
 * and so no queue: its kiosk prints no tickets. The products are those the location hands out
 * without appointment, by the same rule the counter applies to a ticket drawn at it: a walk-in
 * service, or a pickup its product does not want by appointment. Where there are none (Leuven's
 * city office, whose desks serve everything by appointment), there is no queue either: the kiosk
 * prints no tickets.
 */
public final class KioskQueue {
  private KioskQueue() {}

  /**
   * Whether a kiosk registered at {@code site} can print tickets for its queue at all: the site is
   * a counter with walk-ins, desks and the kiosk terminal. It does where {@link #ticketProducts}
   * then names a product.
   */
  public static boolean issuesTickets(Location site) {
    return site.type().staffed()
        && site.type().serves(Channel.WALK_IN)
        && site.has(Facility.KIOSK_TERMINAL)
        && !site.desks().isEmpty();
  }

  /**
   * The products of {@code catalogue} a kiosk at {@code site} prints tickets for, in the
   * catalogue's order; none where the kiosk prints no tickets.
   */
  public static List<Product> ticketProducts(
      OfferRules rules, Location site, Collection<Product> catalogue) {
    if (!issuesTickets(site)) {
      return List.of();
    }
    return catalogue.stream().filter(p -> withoutAppointment(rules, site, p)).toList();
  }

  private static boolean withoutAppointment(OfferRules rules, Location site, Product product) {
    Set<OfferedService> offered = rules.servicesAt(site, product);
    return offered.contains(OfferedService.WALK_IN)
        || offered.contains(OfferedService.PICKUP)
            && product.pickup() != null
            && !product.pickup().appointmentRequired();
  }
}
