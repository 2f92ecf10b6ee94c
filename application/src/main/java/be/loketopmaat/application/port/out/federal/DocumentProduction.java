package be.loketopmaat.application.port.out.federal;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.NisCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The federal production of identity documents (Belpic, through the National Register): it takes
 * the municipality's orders, reports how each one goes on, and activates a card at its hand-over.
 * Times are the city's local date-times.
 *
 * <p>Every call may be repeated without effect: an order is known by its {@code id}, so an order
 * sent twice (a lost answer, a retry) is made once, and an activation twice is one.
 *
 * @throws OrderRefusedException when the production refuses an order (never retried)
 * @throws SystemUnavailableException when the production cannot be reached or fails (retry later)
 */
public interface DocumentProduction {

  /** Places the order, or confirms the one placed before under the same id. */
  ProductionReceipt order(ProductionOrder order);

  /**
   * Orders a letter with new PIN/PUK codes for the person's current chip card, delivered to the
   * location, or confirms the one placed before under the same id. Its events come in the same feed
   * as the documents', as {@link Subject#CODES}.
   *
   * @throws OrderRefusedException e.g. {@code ADDRESS_CHANGE_PENDING}, {@code CARD_ORDER_PENDING},
   *     {@code NO_ACTIVE_CARD}, {@code UNKNOWN_NATIONAL_NUMBER}
   */
  ProductionReceipt orderCodes(CodeOrder order);

  /**
   * What happened to the municipality's orders after {@code cursor} (0 for the beginning), oldest
   * first, at most {@code limit}; the answer's cursor is where to ask next.
   */
  ProductionEvents eventsAfter(long cursor, int limit);

  /** Activates the card of the order at its hand-over, after the fingerprints were checked. */
  void activate(String productionNumber);

  /**
   * Tells the production that the delivered document of the order was not picked up in time and is
   * sent back to it; telling it again changes nothing.
   *
   * @throws OrderRefusedException when the production knows no such delivered, inactive document
   */
  void returned(String productionNumber);

  /**
   * One order: a document of {@code kind} for the person, to be delivered to the location's safe.
   */
  record ProductionOrder(
      UUID id,
      DocumentKind kind,
      NationalNumber insz,
      String name,
      NisCode municipality,
      LocationCode deliverTo,
      boolean urgent) {}

  /** One codes order: a PIN/PUK letter for the person's current card, to the location. */
  record CodeOrder(
      UUID id, NationalNumber insz, String name, NisCode municipality, LocationCode deliverTo) {}

  /** What an order in the feed is for: a document, or a letter with new PIN/PUK codes. */
  enum Subject {
    DOCUMENT,
    CODES
  }

  /** The production took the order under its number, and expects to deliver it by that day. */
  record ProductionReceipt(String productionNumber, LocalDate expectedDelivery) {}

  /**
   * An order moved on: {@code state} is one of ORDERED, IN_PRODUCTION, DISPATCHED, ARRIVED (the
   * document was delivered to the location) or REFUSED (with the production's reason). A codes
   * order ({@code subject} CODES) goes ORDERED, DISPATCHED, ARRIVED (the letter is at the location)
   * or REFUSED.
   */
  record ProductionEvent(
      long sequence,
      UUID orderId,
      String productionNumber,
      DocumentState state,
      LocalDateTime at,
      String reason,
      Subject subject) {
    public ProductionEvent {
      java.util.Objects.requireNonNull(subject, "subject");
    }

    /** An event of a document order. */
    public ProductionEvent(
        long sequence,
        UUID orderId,
        String productionNumber,
        DocumentState state,
        LocalDateTime at,
        String reason) {
      this(sequence, orderId, productionNumber, state, at, reason, Subject.DOCUMENT);
    }
  }

  /** A page of events, and the cursor to ask from next (the last sequence, or the one asked). */
  record ProductionEvents(List<ProductionEvent> events, long cursor) {}

  /** The production refuses this order, for a reason a retry will not change. */
  class OrderRefusedException extends RuntimeException {
    private final String code;

    public OrderRefusedException(String code, String reason) {
      super(reason);
      this.code = code;
    }

    /** The production's code for the refusal, e.g. {@code PHOTO_REJECTED}. */
    public String code() {
      return code;
    }
  }
}
