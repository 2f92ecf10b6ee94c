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
 * @param releaseCooldown fair use: how long a citizen cannot take back a slot they gave up
 * @param checkInGrace how late after the start a citizen may still check in; after it, a no-show
 * @param defaultWindow the bookable window of a product without its own
 * @param windows the products with a bookable window of their own
 */
public record BookingRules(
    Duration holdFor,
    int maxOpenAppointments,
    Duration releaseCooldown,
    Duration checkInGrace,
    BookingWindow defaultWindow,
    Map<ProductCode, BookingWindow> windows) {

  public BookingRules {
    windows = Map.copyOf(windows);
  }

  public static BookingRules defaults() {
    return new BookingRules(
        Duration.ofMinutes(10),
        3,
        Duration.ofMinutes(30),
        Duration.ofMinutes(10),
        new BookingWindow(Duration.ofHours(2), 90),
        Map.of());
  }

  /** The fair-use part of the rules, as the domain applies it. */
  public FairUse fairUse() {
    return new FairUse(maxOpenAppointments, releaseCooldown);
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
