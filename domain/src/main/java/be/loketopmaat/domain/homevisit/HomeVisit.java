package be.loketopmaat.domain.homevisit;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.location.Address;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A visit of a mobile team to a citizen who cannot travel: to take the application for an identity
 * document with the biometrics kit, or to bring the document that arrived and hand it over.
 * Immutable: each step gives a new visit. PLANNED is open; the kit's report ends it DONE or MISSED,
 * and staff may cancel it while it is planned. A report of the end already reached changes nothing.
 *
 * @param minutes the time at the door (setting up the kit included), travel not included
 * @param note what the team should know to get in (a door code, a neighbour with the key), or null
 * @param documentOrderId the document the visit is about: the one it delivers, or the one ordered
 *     from the application it took (null until then)
 */
public record HomeVisit(
    UUID id,
    TeamCode team,
    LocalDate day,
    LocalTime start,
    int minutes,
    HomeVisitPurpose purpose,
    DocumentKind kind,
    ProductCode product,
    Citizen citizen,
    Address address,
    String note,
    UUID documentOrderId,
    HomeVisitState state,
    String plannedBy,
    LocalDateTime plannedAt,
    LocalDateTime endedAt,
    String endReason) {

  /** The time the team needs at the door beyond the desk's own minutes, to set the kit up. */
  public static final int SETUP_MINUTES = 10;

  public static final int MAX_NOTE = 500;
  public static final int MAX_REASON = 500;

  public HomeVisit {
    note = note == null || note.isBlank() ? null : note.strip();
    new Violations()
        .requireNonNull(id, "id")
        .requireNonNull(team, "team")
        .requireNonNull(day, "day")
        .requireNonNull(start, "start")
        .require(minutes >= 1 && minutes <= 240, "minutes", "must be between 1 and 240 minutes")
        .requireNonNull(purpose, "purpose")
        .requireNonNull(kind, "kind")
        .requireNonNull(product, "product")
        .requireNonNull(citizen, "citizen")
        .requireNonNull(address, "address")
        .require(
            note == null || note.length() <= MAX_NOTE,
            "note",
            "must be at most {0} characters",
            MAX_NOTE)
        .require(
            purpose != HomeVisitPurpose.DELIVERY || documentOrderId != null,
            "documentId",
            "a delivery visit brings a document: name it")
        .requireNonNull(state, "state")
        .requireText(plannedBy, "plannedBy", 200)
        .requireNonNull(plannedAt, "plannedAt")
        .require(
            endReason == null || endReason.length() <= MAX_REASON,
            "reason",
            "must be at most {0} characters",
            MAX_REASON)
        .throwIfAny();
  }

  /** A planned visit; {@code documentOrderId} is the document a delivery brings (else null). */
  public static HomeVisit plan(
      TeamCode team,
      LocalDate day,
      LocalTime start,
      int minutes,
      HomeVisitPurpose purpose,
      DocumentKind kind,
      ProductCode product,
      Citizen citizen,
      Address address,
      String note,
      UUID documentOrderId,
      String plannedBy,
      LocalDateTime now) {
    Objects.requireNonNull(kind, "kind");
    if (purpose == HomeVisitPurpose.APPLICATION && !kind.madeBy().takesApplicationsAtTheDesk()) {
      throw new InvalidInputException(
          "product", "a {0} is applied for in {1}, not on a home visit", kind, kind.madeBy());
    }
    if (citizen != null && !citizen.canBeReached()) {
      throw new InvalidInputException(
          "citizen.email", "give an e-mail address or a phone number, or both");
    }
    if (day != null && start != null && !day.atTime(start).isAfter(now)) {
      throw new InvalidInputException("day", "a visit is planned for later than now");
    }
    return new HomeVisit(
        UUID.randomUUID(),
        team,
        day,
        start,
        minutes,
        purpose,
        kind,
        product,
        citizen,
        address,
        note,
        documentOrderId,
        HomeVisitState.PLANNED,
        plannedBy,
        now,
        null,
        null);
  }

  /** When the team leaves the door. */
  public LocalTime end() {
    return start.plusMinutes(minutes);
  }

  /** Whether the visit still takes the team's time on its day (planned, or done as planned). */
  public boolean takesTime() {
    return state == HomeVisitState.PLANNED || state == HomeVisitState.DONE;
  }

  /**
   * The kit took the capture of this application visit, and the application was recorded as {@code
   * orderId}. Reported again: nothing changes.
   */
  public HomeVisit captured(UUID orderId, LocalDateTime at) {
    Objects.requireNonNull(orderId, "orderId");
    if (purpose != HomeVisitPurpose.APPLICATION) {
      throw new ConflictException(
          "wrong-visit-purpose", "only a visit that takes an application takes a capture");
    }
    if (state == HomeVisitState.DONE) {
      return this;
    }
    requireOpen();
    return ended(HomeVisitState.DONE, orderId, at, null);
  }

  /** The kit checked the fingerprints and the document was handed over at the door. */
  public HomeVisit delivered(LocalDateTime at) {
    if (purpose != HomeVisitPurpose.DELIVERY) {
      throw new ConflictException(
          "wrong-visit-purpose", "only a visit that brings a document hands one over");
    }
    if (state == HomeVisitState.DONE) {
      return this;
    }
    requireOpen();
    return ended(HomeVisitState.DONE, documentOrderId, at, null);
  }

  /** The visit could not be done (nobody home, the capture failed), for {@code reason}. */
  public HomeVisit missed(String reason, LocalDateTime at) {
    if (state == HomeVisitState.MISSED) {
      return this;
    }
    requireOpen();
    return ended(HomeVisitState.MISSED, documentOrderId, at, reason(reason));
  }

  /** Staff call the visit off while it is planned. */
  public HomeVisit cancel(String reason, LocalDateTime at) {
    requireOpen();
    return ended(HomeVisitState.CANCELLED, documentOrderId, at, reason(reason));
  }

  private static String reason(String reason) {
    new Violations().requireText(reason, "reason", MAX_REASON).throwIfAny();
    return reason.strip();
  }

  private void requireOpen() {
    if (!state.isOpen()) {
      throw new ConflictException("visit-ended", "the visit has ended already");
    }
  }

  private HomeVisit ended(HomeVisitState to, UUID orderId, LocalDateTime at, String reason) {
    return new HomeVisit(
        id,
        team,
        day,
        start,
        minutes,
        purpose,
        kind,
        product,
        citizen,
        address,
        note,
        orderId,
        to,
        plannedBy,
        plannedAt,
        Objects.requireNonNull(at, "at"),
        reason);
  }
}
