package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.CounterQueueUseCase;
import be.loketopmaat.application.port.in.KioskTicketsUseCase;
import be.loketopmaat.application.port.in.KioskUseCase.Credential;
import be.loketopmaat.application.port.out.KioskStore;
import be.loketopmaat.application.port.out.KioskUsageLog;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.TicketRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.kiosk.Kiosk;
import be.loketopmaat.domain.kiosk.KioskEvent;
import be.loketopmaat.domain.kiosk.KioskEventKind;
import be.loketopmaat.domain.kiosk.KioskQueue;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.offer.OfferRules;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Walk-in tickets at kiosks: the kiosk authenticates by its secret; the ticket is drawn in the
 * queue of the kiosk's location by the counter's own use case (its hours, its capacity, its
 * refusals), and remembered as the kiosk's so that only that kiosk reports its slip. The usage log
 * gets a {@code TICKET_PRINTED} line when the slip printed and a {@code FAULT} line when it did
 * not; the ticket stays in the queue either way, so a citizen who read the number off the screen is
 * still called.
 */
public final class KioskTicketService implements KioskTicketsUseCase {
  private final KioskStore store;
  private final KioskUsageLog log;
  private final LocationRepository locations;
  private final ProductRepository products;
  private final TicketRepository tickets;
  private final CityProfileUseCase city;
  private final CounterQueueUseCase counter;
  private final Transactions transactions;
  private final Clock clock;

  public KioskTicketService(
      KioskStore store,
      KioskUsageLog log,
      LocationRepository locations,
      ProductRepository products,
      TicketRepository tickets,
      CityProfileUseCase city,
      CounterQueueUseCase counter,
      Transactions transactions,
      Clock clock) {
    this.store = store;
    this.log = log;
    this.locations = locations;
    this.products = products;
    this.tickets = tickets;
    this.city = city;
    this.counter = counter;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public List<Product> ticketProducts(Credential credential) {
    Kiosk kiosk = KioskCredentials.authenticate(store, credential);
    return locations.findByCode(kiosk.location()).map(this::ticketProducts).orElse(List.of());
  }

  @Override
  public KioskTicket draw(Credential credential, ProductCode product) {
    Kiosk kiosk = KioskCredentials.authenticate(store, credential);
    Optional<Location> site = locations.findByCode(kiosk.location());
    if (site.isEmpty() || ticketProducts(site.get()).isEmpty()) {
      throw new ConflictException(
          "kiosk-without-queue",
          "this kiosk stands at {0}, which has no walk-in queue: it prints no tickets",
          kiosk.location().value());
    }
    // A product outside the list is the counter's to refuse, as it refuses it at its own door.
    // The ticket and the kiosk's claim on its slip are one: a ticket no kiosk may report is none.
    CounterQueueUseCase.IssuedTicket issued =
        transactions.inTransaction(
            () -> {
              CounterQueueUseCase.IssuedTicket drawn =
                  counter.drawTicket(
                      new CounterQueueUseCase.TicketRequest(
                          site.get().code(), product, null, null));
              store.insertTicket(drawn.ticket().id(), kiosk.id(), drawn.ticket().issuedAt());
              return drawn;
            });
    Product drawn =
        products
            .findByCode(issued.ticket().product())
            .orElseThrow(() -> new NotFoundException("product", product.value()));
    return new KioskTicket(issued, site.get(), drawn);
  }

  /** What a kiosk at {@code site} prints tickets for: none where the site has no queue. */
  private List<Product> ticketProducts(Location site) {
    return KioskQueue.ticketProducts(new OfferRules(city.cityProfile()), site, products.findAll());
  }

  @Override
  public void slipPrinted(Credential credential, UUID id, boolean printed, String fault) {
    Kiosk kiosk = KioskCredentials.authenticate(store, credential);
    LocalDateTime now = LocalDateTime.now(clock);
    if (id == null || !store.reportSlip(id, kiosk.id(), printed, now)) {
      throw new NotFoundException("ticket waiting for its slip", String.valueOf(id));
    }
    Ticket ticket = tickets.findById(id).orElse(null);
    String which =
        ticket == null ? "ticket " + id : "ticket " + ticket.number() + " " + ticket.product();
    log.append(
        new KioskEvent(
            kiosk.id(),
            kiosk.location(),
            printed ? KioskEventKind.TICKET_PRINTED : KioskEventKind.FAULT,
            null,
            printed ? which : which + " not printed: " + (fault == null ? "unknown" : fault),
            now));
  }
}
