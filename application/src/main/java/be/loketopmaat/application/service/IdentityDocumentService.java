package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.IdentityDocumentsUseCase;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.document.FederalSystem;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Identity documents at the desk: an application is recorded with its order to the card production
 * queued in the same transaction, and the document, once in the safe, is handed over with its
 * activation queued likewise.
 */
public final class IdentityDocumentService implements IdentityDocumentsUseCase {
  private final DocumentOrderStore orders;
  private final FederalOutbox outbox;
  private final ProductRepository products;
  private final LocationRepository locations;
  private final CityProfileUseCase city;
  private final Transactions transactions;
  private final Clock clock;

  public IdentityDocumentService(
      DocumentOrderStore orders,
      FederalOutbox outbox,
      ProductRepository products,
      LocationRepository locations,
      CityProfileUseCase city,
      Transactions transactions,
      Clock clock) {
    this.orders = orders;
    this.outbox = outbox;
    this.products = products;
    this.locations = locations;
    this.city = city;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public DocumentOrder record(Application application, StaffMember by) {
    Objects.requireNonNull(by, "by");
    Product product =
        products
            .findByCode(application.product())
            .orElseThrow(() -> new NotFoundException("product", application.product().value()));
    if (product.pickupStep().isEmpty()) {
      throw new InvalidInputException(
          "product", "'{0}' is not a document that is picked up later", product.code());
    }
    location(application.appliedAt());
    Location pickup = location(application.pickupAt());
    if (!new OfferRules(city.cityProfile()).offers(pickup, product, OfferedService.PICKUP)) {
      throw new InvalidInputException(
          "pickupAt",
          "{0} cannot keep '{1}' for pickup (it needs a safe and a pickup desk)",
          pickup.code(),
          product.code());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    DocumentOrder order =
        DocumentOrder.record(
            application.kind(),
            product.code(),
            application.citizen(),
            application.appliedAt(),
            application.pickupAt(),
            application.urgent(),
            by.id(),
            now);
    return transactions.inTransaction(
        () -> {
          orders.insert(order);
          outbox.enqueue(FederalOutbox.Call.ORDER_DOCUMENT, order.id(), now);
          return order;
        });
  }

  @Override
  public DocumentOrder get(UUID id) {
    return orders.find(id).orElseThrow(() -> new NotFoundException("document", id.toString()));
  }

  @Override
  public DocumentOrder byNumber(DocumentKind kind, String number) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(number, "number");
    return orders
        .findByNumber(kind, number)
        .orElseThrow(() -> new NotFoundException("document", number));
  }

  @Override
  public List<DocumentOrder> safe(LocationCode location, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be between 1 and {0}", MAX_LIMIT);
    }
    location(location);
    return orders.at(location, DocumentState.ARRIVED, limit);
  }

  @Override
  public DocumentOrder handOver(UUID id, StaffMember by) {
    Objects.requireNonNull(by, "by");
    LocalDateTime now = LocalDateTime.now(clock);
    return change(
        id,
        order -> order.handOver(now),
        changed -> outbox.enqueue(handedOverCall(changed), changed.id(), now));
  }

  /** What the system that made the document is told of its hand-over. */
  private static FederalOutbox.Call handedOverCall(DocumentOrder order) {
    return switch (order.kind().madeBy()) {
      case BELPIC -> FederalOutbox.Call.ACTIVATE_DOCUMENT;
      case BELDRIVE -> FederalOutbox.Call.REPORT_DELIVERED;
    };
  }

  @Override
  public DocumentOrder cancel(UUID id, String reason, StaffMember by) {
    Objects.requireNonNull(by, "by");
    LocalDateTime now = LocalDateTime.now(clock);
    return change(id, order -> order.cancel(now, reason), changed -> {});
  }

  @Override
  public int sendBackUnclaimed() {
    LocalDateTime now = LocalDateTime.now(clock);
    int sent = 0;
    // Months are uneven (30 November plus three months is 28 February), so the store is asked a
    // few days wide and each document's own return date decides.
    LocalDateTime wide =
        now.toLocalDate().minusMonths(DocumentOrder.MONTHS_IN_SAFE).plusDays(4).atStartOfDay();
    for (DocumentOrder order : orders.arrivedBefore(wide, MAX_LIMIT)) {
      if (!now.toLocalDate().isBefore(order.returnDate())) {
        DocumentOrder back = order.sendBack(now);
        boolean stored =
            transactions.inTransaction(
                () -> {
                  if (!orders.update(back, DocumentState.ARRIVED)) {
                    return false;
                  }
                  // The card production expects its documents back (BelDrive takes a licence back
                  // by cancelling it in its own feed).
                  if (back.kind().madeBy() == FederalSystem.BELPIC) {
                    outbox.enqueue(FederalOutbox.Call.RETURN_DOCUMENT, back.id(), now);
                  }
                  return true;
                });
        if (stored) {
          sent++;
        }
      }
    }
    return sent;
  }

  private DocumentOrder change(
      UUID id, UnaryOperator<DocumentOrder> step, java.util.function.Consumer<DocumentOrder> then) {
    return transactions.inTransaction(
        () -> {
          DocumentOrder current = get(id);
          DocumentOrder changed = step.apply(current);
          if (!orders.update(changed, current.state())) {
            throw new ConflictException(
                "changed-meanwhile", "the document was changed meanwhile; look at it again");
          }
          then.accept(changed);
          return changed;
        });
  }

  private Location location(LocationCode code) {
    return locations
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("location", code.value()));
  }
}
