package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.domain.appointment.AppointmentNeed;
import be.loketopmaat.domain.catalogue.PickupStep;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The pickup of a document as an appointment of its own: bookable only once the document lies in a
 * safe, only where it lies, only where its product is picked up by appointment, and once at a time.
 * Shared by the slot search, holds, bookings and reschedules.
 */
final class Pickups {
  private final DocumentOrderStore documents;
  private final ProductRepository products;
  private final LocationRepository locations;
  private final CityProfileUseCase city;

  Pickups(
      DocumentOrderStore documents,
      ProductRepository products,
      LocationRepository locations,
      CityProfileUseCase city) {
    this.documents = documents;
    this.products = products;
    this.locations = locations;
    this.city = city;
  }

  /** A document that can be picked up by appointment, and where. */
  record Pickup(DocumentOrder order, Product product, Location location) {
    AppointmentNeed need() {
      return AppointmentNeed.pickup(product);
    }
  }

  /**
   * The pickup of {@code document}, checked before any transaction starts.
   *
   * @param named the products the request named: none, or the document's own
   * @param at the location the request named, or null for wherever the document lies
   */
  Pickup resolve(UUID document, List<ProductCode> named, LocationCode at) {
    DocumentOrder order =
        documents
            .find(document)
            .orElseThrow(() -> new NotFoundException("document", document.toString()));
    if (!named.isEmpty() && !named.equals(List.of(order.product()))) {
      throw new InvalidInputException(
          "products",
          "the document is a '{0}'; leave the products out, or name that one",
          order.product());
    }
    if (at != null && !at.equals(order.pickupAt())) {
      throw new InvalidInputException(
          "location",
          "the document lies at {0}, so it is picked up there, not at {1}",
          order.pickupAt(),
          at);
    }
    requireInSafe(order);
    Product product =
        products
            .findByCode(order.product())
            .orElseThrow(() -> new NotFoundException("product", order.product().value()));
    Location location =
        locations
            .findByCode(order.pickupAt())
            .orElseThrow(() -> new NotFoundException("location", order.pickupAt().value()));
    PickupStep step =
        product
            .pickupStep()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "document",
                        "'{0}' is not a document that is picked up later",
                        product.code()));
    if (!step.appointmentRequired()) {
      throw new ConflictException(
          "pickup-without-appointment",
          "'{0}' is picked up without an appointment: come to {1} during its opening hours",
          product.code(),
          location.code());
    }
    if (!new OfferRules(city.cityProfile()).offers(location, product, OfferedService.PICKUP)) {
      throw new ConflictException(
          "no-pickup-here",
          "{0} no longer hands out '{1}'; ask the city where the document is",
          location.code(),
          product.code());
    }
    return new Pickup(order, product, location);
  }

  /**
   * Inside the booking's transaction, before it takes desk time: the order is locked, is still in
   * the safe, and no other live appointment or hold is to pick it up.
   */
  void claim(UUID document, DeskTimeLedger ledger, LocalDateTime now) {
    DocumentOrder order =
        documents
            .findForUpdate(document)
            .orElseThrow(() -> new NotFoundException("document", document.toString()));
    requireInSafe(order);
    if (ledger.pickupTaken(document, now)) {
      throw new ConflictException(
          "pickup-already-booked",
          "an appointment to pick up this document is already booked or held");
    }
  }

  /** Inside a booking from a hold: the document is still in the safe. */
  void requireStillInSafe(UUID document) {
    requireInSafe(
        documents
            .findForUpdate(document)
            .orElseThrow(() -> new NotFoundException("document", document.toString())));
  }

  private static void requireInSafe(DocumentOrder order) {
    if (order.state() != DocumentState.ARRIVED) {
      throw new ConflictException(
          "document-not-in-safe",
          "the document can be picked up once it is in the safe; it is {0}",
          order.state().phrase());
    }
  }
}
