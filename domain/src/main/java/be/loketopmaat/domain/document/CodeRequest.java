package be.loketopmaat.domain.document;

import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A citizen's request for new PIN/PUK codes for their current chip card, ordered from the card
 * production. The letter reaches the municipality in about three weeks, at the location the citizen
 * chose ({@code pickupAt}), where the citizen is told and picks it up. Immutable: each step gives a
 * new request. The road is REQUESTED, ORDERED, DISPATCHED, ARRIVED, HANDED_OVER; REFUSED (by the
 * city or the production, with the reason) ends it early.
 *
 * @param id the municipality's own key, also the idempotency key towards the production
 * @param productionNumber the production's number for the codes order, once it acknowledged it
 */
public record CodeRequest(
    UUID id,
    Citizen citizen,
    LocationCode pickupAt,
    CodeRequestState state,
    String productionNumber,
    String requestedBy,
    LocalDateTime requestedAt,
    LocalDateTime arrivedAt,
    LocalDateTime endedAt,
    String endReason) {

  public static final int MAX_REASON = ProductionSteps.MAX_REASON;

  public CodeRequest {
    new Violations()
        .requireNonNull(id, "id")
        .requireNonNull(citizen, "citizen")
        .requireNonNull(pickupAt, "pickupAt")
        .requireNonNull(state, "state")
        .requireText(requestedBy, "requestedBy", 200)
        .requireNonNull(requestedAt, "requestedAt")
        .throwIfAny();
  }

  /** A new request, as taken at a desk or a kiosk: its order to the production is queued. */
  public static CodeRequest request(
      Citizen citizen, LocationCode pickupAt, String requestedBy, LocalDateTime now) {
    return new CodeRequest(
        UUID.randomUUID(),
        citizen,
        pickupAt,
        CodeRequestState.REQUESTED,
        null,
        requestedBy,
        now,
        null,
        null,
        null);
  }

  /** Whether the request is still on its road (a second one for the card is then refused). */
  public boolean isOpen() {
    return !state.isFinal();
  }

  /**
   * The production acknowledged the order under {@code number}; a second acknowledgement is one.
   */
  public CodeRequest ordered(String number) {
    if (ProductionSteps.numberedBefore(productionNumber, number)) {
      return this;
    }
    requireOpen();
    return with(CodeRequestState.ORDERED, number, arrivedAt, endedAt, endReason);
  }

  /**
   * A state the production reports (ORDERED to ARRIVED, or REFUSED with its reason). A state
   * already reached changes nothing; leaving an ended road, or refusing a letter already
   * dispatched, is refused.
   */
  public CodeRequest reported(CodeRequestState reported, LocalDateTime at, String reason) {
    Objects.requireNonNull(reported, "reported");
    if (reported == CodeRequestState.REQUESTED || reported == CodeRequestState.HANDED_OVER) {
      throw new ConflictException(
          "not-a-production-state", "the card production does not report {0}", reported);
    }
    if (reported == state || (reported.isForward() && state.reached(reported))) {
      return this;
    }
    requireOpen();
    if (reported == CodeRequestState.REFUSED) {
      if (state.reached(CodeRequestState.DISPATCHED)) {
        throw new ConflictException(
            "already-dispatched", "an order that was dispatched cannot be refused");
      }
      return with(
          CodeRequestState.REFUSED,
          productionNumber,
          arrivedAt,
          at,
          ProductionSteps.shortened(reason));
    }
    return with(
        reported,
        productionNumber,
        reported == CodeRequestState.ARRIVED ? at : arrivedAt,
        endedAt,
        endReason);
  }

  /** Staff hand the letter over to the holder, once it arrived. */
  public CodeRequest handOver(LocalDateTime at) {
    if (state != CodeRequestState.ARRIVED) {
      throw new ConflictException(
          "not-in-safe",
          "only a document that arrived in the safe can be handed over; it is {0}",
          state);
    }
    return with(CodeRequestState.HANDED_OVER, productionNumber, arrivedAt, at, null);
  }

  private void requireOpen() {
    if (state.isFinal()) {
      throw new ConflictException("order-ended", "the order has ended: it is {0}", state);
    }
  }

  private CodeRequest with(
      CodeRequestState next,
      String number,
      LocalDateTime arrived,
      LocalDateTime ended,
      String reason) {
    return new CodeRequest(
        id, citizen, pickupAt, next, number, requestedBy, requestedAt, arrived, ended, reason);
  }
}
