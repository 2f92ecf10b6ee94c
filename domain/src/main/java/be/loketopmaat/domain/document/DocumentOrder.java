package be.loketopmaat.domain.document;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One identity document on its road: the application taken at a desk, the order to the federal card
 * production, its state as the production reports it, its arrival in the safe of the location the
 * citizen chose, and the hand-over. Immutable: each step gives a new order.
 *
 * <p>States reported by the production are applied once: a report of a state already reached
 * (delivered twice, or late) changes nothing, while a report that would leave an ended road is
 * refused. Times are the city's local date-times.
 *
 * @param id the municipality's own key of the order, also the idempotency key towards the
 *     production, so that an order sent twice is made once
 * @param productionNumber the production's number for the order, once it acknowledged it
 * @param recordedBy who took the application, for the record
 */
public record DocumentOrder(
    UUID id,
    DocumentKind kind,
    ProductCode product,
    Citizen citizen,
    LocationCode appliedAt,
    LocationCode pickupAt,
    boolean urgent,
    DocumentState state,
    String productionNumber,
    String recordedBy,
    LocalDateTime recordedAt,
    LocalDateTime arrivedAt,
    LocalDateTime endedAt,
    String endReason) {

  /** How long a document waits in the safe before it goes back. */
  public static final int MONTHS_IN_SAFE = 3;

  public static final int MAX_REASON = ProductionSteps.MAX_REASON;

  public DocumentOrder {
    new Violations()
        .requireNonNull(id, "id")
        .requireNonNull(kind, "kind")
        .requireNonNull(product, "product")
        .requireNonNull(citizen, "citizen")
        .requireNonNull(appliedAt, "appliedAt")
        .requireNonNull(pickupAt, "pickupAt")
        .requireNonNull(state, "state")
        .requireText(recordedBy, "recordedBy", 200)
        .requireNonNull(recordedAt, "recordedAt")
        .require(
            endReason == null || endReason.length() <= MAX_REASON,
            "reason",
            "must be at most {0} characters",
            MAX_REASON)
        .throwIfAny();
  }

  /** A new application, as taken at the desk: recorded, its order queued for the production. */
  public static DocumentOrder record(
      DocumentKind kind,
      ProductCode product,
      Citizen citizen,
      LocationCode appliedAt,
      LocationCode pickupAt,
      boolean urgent,
      String recordedBy,
      LocalDateTime now) {
    Objects.requireNonNull(kind, "kind");
    if (!kind.madeBy().takesApplicationsAtTheDesk()) {
      throw new InvalidInputException(
          "kind", "a {0} is applied for in {1}, not at a desk of the city", kind, kind.madeBy());
    }
    if (!citizen.canBeReached()) {
      throw new InvalidInputException(
          "citizen.email", "give an e-mail address or a phone number, or both");
    }
    return new DocumentOrder(
        UUID.randomUUID(),
        kind,
        product,
        citizen,
        appliedAt,
        pickupAt,
        urgent,
        DocumentState.RECORDED,
        null,
        recordedBy,
        now,
        null,
        null,
        null);
  }

  /**
   * An application the city learns of from the federal system that took it (a driving licence
   * applied for in BelDrive), RECORDED under that system's {@code number}. The city took no
   * application at a desk of its own, so {@code appliedAt} is the location that will deliver the
   * document (the delivery point the citizen chose), as is {@code pickupAt}; {@code recordedBy}
   * names the system. The citizen may have given no contact: staff see the document in the safe.
   */
  public static DocumentOrder appliedElsewhere(
      DocumentKind kind,
      ProductCode product,
      Citizen citizen,
      LocationCode deliveryPoint,
      String number,
      LocalDateTime at) {
    Objects.requireNonNull(kind, "kind");
    if (kind.madeBy().takesApplicationsAtTheDesk()) {
      throw new IllegalArgumentException(kind + " is applied for at the desk");
    }
    new Violations().requireText(number, "number", 60).throwIfAny();
    return new DocumentOrder(
        UUID.randomUUID(),
        kind,
        product,
        citizen,
        deliveryPoint,
        deliveryPoint,
        false,
        DocumentState.RECORDED,
        number,
        kind.madeBy().name(),
        at,
        null,
        null,
        null);
  }

  /**
   * A state the system that took the application reports ({@link #appliedElsewhere}): on from
   * RECORDED to ORDERED (accepted), IN_PRODUCTION and ARRIVED (ready for pickup), HANDED_OVER (it
   * was delivered, as the city reported), REFUSED or CANCELLED (withdrawn, or an unclaimed card
   * taken back, until it was handed over). A state already reached changes nothing; leaving an
   * ended road is refused.
   */
  public DocumentOrder reportedByRegister(DocumentState reported, LocalDateTime at, String reason) {
    Objects.requireNonNull(reported, "reported");
    if (kind.madeBy().takesApplicationsAtTheDesk()) {
      throw new IllegalStateException(kind + " is not followed in a register");
    }
    if (reported == DocumentState.DISPATCHED || reported == DocumentState.RETURNED) {
      throw new ConflictException(
          "not-a-register-state", "the register does not report {0}", reported);
    }
    if (reported == state || (reported.isForward() && state.reached(reported))) {
      return this;
    }
    if (reported == DocumentState.HANDED_OVER) {
      requireOpen();
      return with(
          DocumentState.HANDED_OVER,
          productionNumber,
          arrivedAt == null ? at : arrivedAt,
          at,
          null);
    }
    if (reported == DocumentState.CANCELLED) {
      requireOpen();
      return with(
          DocumentState.CANCELLED,
          productionNumber,
          arrivedAt,
          at,
          ProductionSteps.shortened(reason));
    }
    return reported(reported, at, ProductionSteps.shortened(reason));
  }

  /**
   * The production acknowledged the order under {@code number}; a second acknowledgement is one.
   */
  public DocumentOrder ordered(String number) {
    if (ProductionSteps.numberedBefore(productionNumber, number)) {
      return this;
    }
    requireOpen();
    return with(DocumentState.ORDERED, number, arrivedAt, endedAt, endReason);
  }

  /**
   * A state the production reports ({@code ORDERED} to {@code ARRIVED}, or {@code REFUSED}). A
   * state already reached changes nothing; leaving an ended road is refused.
   */
  public DocumentOrder reported(DocumentState reported, LocalDateTime at, String reason) {
    Objects.requireNonNull(reported, "reported");
    if (reported == DocumentState.HANDED_OVER
        || reported == DocumentState.CANCELLED
        || reported == DocumentState.RETURNED
        || reported == DocumentState.RECORDED) {
      throw new ConflictException(
          "not-a-production-state", "the card production does not report {0}", reported);
    }
    if (reported == state || (reported.isForward() && state.reached(reported))) {
      return this; // delivered again, or late: applied once
    }
    requireOpen();
    if (reported == DocumentState.REFUSED) {
      if (state.reached(DocumentState.DISPATCHED)) {
        throw new ConflictException(
            "already-dispatched", "an order that was dispatched cannot be refused");
      }
      return with(DocumentState.REFUSED, productionNumber, arrivedAt, at, reason);
    }
    return with(
        reported,
        productionNumber,
        reported == DocumentState.ARRIVED ? at : arrivedAt,
        endedAt,
        endReason);
  }

  /** Staff hand the document over, once it lies in the safe and the fingerprints matched. */
  public DocumentOrder handOver(LocalDateTime at) {
    if (state != DocumentState.ARRIVED) {
      throw new ConflictException(
          "not-in-safe",
          "only a document that arrived in the safe can be handed over; it is {0}",
          state.phrase());
    }
    return with(DocumentState.HANDED_OVER, productionNumber, arrivedAt, at, null);
  }

  /** Staff cancel the order before it was dispatched (the citizen withdrew, a mistake). */
  public DocumentOrder cancel(LocalDateTime at, String reason) {
    if (!kind.madeBy().takesApplicationsAtTheDesk()) {
      throw new ConflictException(
          "made-elsewhere", "a {0} is withdrawn in {1}, not by the city", kind, kind.madeBy());
    }
    requireOpen();
    new Violations().requireText(reason, "reason", MAX_REASON).throwIfAny();
    if (state.reached(DocumentState.DISPATCHED)) {
      throw new ConflictException(
          "already-dispatched", "a document that was dispatched can no longer be cancelled");
    }
    return with(DocumentState.CANCELLED, productionNumber, arrivedAt, at, reason.strip());
  }

  /** Sent back, not picked up in time; only once its time in the safe is over. */
  public DocumentOrder sendBack(LocalDateTime now) {
    if (state != DocumentState.ARRIVED) {
      throw new ConflictException(
          "not-in-safe", "only a document in the safe can be sent back; it is {0}", state.phrase());
    }
    if (now.toLocalDate().isBefore(returnDate())) {
      throw new ConflictException(
          "still-kept", "the document is kept in the safe until {0}", returnDate());
    }
    return with(DocumentState.RETURNED, productionNumber, arrivedAt, now, null);
  }

  /** The day the document goes back if nobody came for it (only once it arrived). */
  public LocalDate returnDate() {
    if (arrivedAt == null) {
      throw new IllegalStateException("the document has not arrived");
    }
    return arrivedAt.toLocalDate().plusMonths(MONTHS_IN_SAFE);
  }

  private void requireOpen() {
    if (state.isFinal()) {
      throw new ConflictException("order-ended", "the order has ended: it is {0}", state.phrase());
    }
  }

  private DocumentOrder with(
      DocumentState next,
      String number,
      LocalDateTime arrived,
      LocalDateTime ended,
      String reason) {
    return new DocumentOrder(
        id,
        kind,
        product,
        citizen,
        appliedAt,
        pickupAt,
        urgent,
        next,
        number,
        recordedBy,
        recordedAt,
        arrived,
        ended,
        reason);
  }
}
