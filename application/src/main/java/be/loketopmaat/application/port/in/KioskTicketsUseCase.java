package be.loketopmaat.application.port.in;

import be.loketopmaat.application.port.in.KioskUseCase.Credential;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.location.Location;
import java.util.List;
import java.util.UUID;

/**
 * Walk-in tickets printed at a kiosk for the queue of the location it stands in (the rule is {@code
 * be.loketopmaat.domain.kiosk.KioskQueue}). A ticket is anonymous: no citizen's session, only the
 * kiosk's credential. The ticket is in the queue once drawn; the kiosk then reports whether its
 * slip printed, and a slip that did not print leaves the ticket in the queue and a fault in the
 * usage log.
 *
 * <p>Every refusal to authenticate is a {@link be.loketopmaat.application.KioskRefusedException}.
 */
public interface KioskTicketsUseCase {

  /** A ticket drawn at a kiosk, with the location and product its slip names. */
  record KioskTicket(CounterQueueUseCase.IssuedTicket issued, Location location, Product product) {}

  /**
   * The products the kiosk prints tickets for, in the catalogue's order; none at a kiosk whose
   * location has no queue.
   */
  List<Product> ticketProducts(Credential kiosk);

  /**
   * Draws a ticket in the queue of the kiosk's location.
   *
   * @throws be.loketopmaat.domain.common.ConflictException {@code kiosk-without-queue} where the
   *     kiosk prints no tickets, and the counter's own refusals (closed, queue full)
   */
  KioskTicket draw(Credential kiosk, ProductCode product);

  /**
   * The kiosk printed the ticket's slip, or could not ({@code fault} says why): either way the
   * ticket stays in the queue. A failed slip may be reported printed later (printed again).
   *
   * @throws be.loketopmaat.application.NotFoundException when the kiosk drew no such ticket, or its
   *     slip is reported printed already
   */
  void slipPrinted(Credential kiosk, UUID ticket, boolean printed, String fault);
}
