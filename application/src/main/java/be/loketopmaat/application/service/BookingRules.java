package be.loketopmaat.application.service;

import be.loketopmaat.domain.appointment.BookingWindow;
import be.loketopmaat.domain.appointment.FairUse;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The city's booking rules, from configuration.
 *
 * @param holdFor how long a hold keeps a slot while the citizen confirms
 * @param maxOpenAppointments fair use: open appointments per citizen (and never two for one
 *     product)
 * @param releaseCooldown fair use: how long a citizen cannot take back a slot they gave up, nor a
 *     client a slot it held
 * @param maxLiveHolds fair use: holds per client that have not expired
 * @param checkInGrace how late after the start a citizen may still check in; after it, a no-show
 * @param defaultWindow the bookable window of a product without its own
 * @param deskLeadTime the lead time of a booking that staff make at the desk, instead of the
 *     window's
 * @param windows the products with a bookable window of their own
 */
public record BookingRules(
    Duration holdFor,
    int maxOpenAppointments,
    Duration releaseCooldown,
    int maxLiveHolds,
    Duration checkInGrace,
    BookingWindow defaultWindow,
    Duration deskLeadTime,
    Map<ProductCode, BookingWindow> windows) {

  public BookingRules {
    windows = Map.copyOf(windows);
  }

  public static BookingRules defaults() {
    return new BookingRules(
        Duration.ofMinutes(10),
        3,
        Duration.ofMinutes(30),
        3,
        Duration.ofMinutes(10),
        new BookingWindow(Duration.ofHours(2), 90),
        Duration.ZERO,
        Map.of());
  }

  /** The fair-use part of the rules, as the domain applies it. */
  public FairUse fairUse() {
    return new FairUse(maxOpenAppointments, releaseCooldown, maxLiveHolds);
  }

  public BookingWindow windowFor(List<Product> products) {
    BookingWindow window = null;
    for (Product product : products) {
      BookingWindow own = windows.getOrDefault(product.code(), defaultWindow);
      window = window == null ? own : window.narrowest(own);
    }
    return window == null ? defaultWindow : window;
  }
}
