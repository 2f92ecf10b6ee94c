package be.loketopmaat.domain.renewal;

import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.Address;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * What a renewal run decided for one card, and what became of it: a slot kept for the holder (to
 * confirm or release with the token whose hash it keeps), an invitation without a slot, or nothing
 * sent. One summons per holder and card (known by its last day of validity), however often the run
 * runs; a skip is recorded once per run day, so that the holder is summoned once they have no open
 * appointment or application any more.
 *
 * @param residence the holder's address, kept only for a summons by post (the letter's address)
 * @param slot the kept slot, for a KEPT outcome only
 * @param keptUntil when the kept slot lapses unless confirmed: a few days before it
 * @param tokenHash the SHA-256 of the token of the confirm and release links
 * @param closedAt when a kept slot was confirmed, released or lapsed
 */
public record Summons(
    UUID id,
    NationalNumber insz,
    String cardNumber,
    LocalDate cardValidUntil,
    LocalDate runDate,
    SummonsOutcome outcome,
    SummonsReason reason,
    SummonsState state,
    String name,
    Language language,
    String email,
    String phone,
    Address residence,
    Slot slot,
    UUID hold,
    LocalDateTime keptUntil,
    String tokenHash,
    AppointmentReference appointment,
    String decidedBy,
    LocalDateTime decidedAt,
    LocalDateTime closedAt) {

  public Summons {
    boolean kept = outcome == SummonsOutcome.KEPT;
    new Violations()
        .requireNonNull(id, "id")
        .requireNonNull(insz, "insz")
        .requireText(cardNumber, "cardNumber", 20)
        .requireNonNull(cardValidUntil, "cardValidUntil")
        .requireNonNull(runDate, "runDate")
        .requireNonNull(outcome, "outcome")
        .requireNonNull(state, "state")
        .requireText(name, "name", 200)
        .requireNonNull(language, "language")
        .require(kept == (reason == null), "reason", "is given when no slot is kept, and only then")
        .require(
            !kept || (slot != null && hold != null && keptUntil != null && tokenHash != null),
            "slot",
            "a kept slot has its slot, hold, end and token")
        .require(
            kept || (slot == null && hold == null && keptUntil == null),
            "slot",
            "only a kept slot has a slot")
        .require(
            (state == SummonsState.CONFIRMED) == (appointment != null),
            "appointment",
            "is given for a confirmed summons, and only then")
        .requireText(decidedBy, "decidedBy", 200)
        .requireNonNull(decidedAt, "decidedAt")
        .throwIfAny();
  }

  /** A summons with a slot kept for the holder. */
  public static Summons kept(
      ExpiringCard card,
      LocalDate runDate,
      Slot slot,
      UUID hold,
      LocalDateTime keptUntil,
      String tokenHash,
      String by,
      LocalDateTime at) {
    return new Summons(
        UUID.randomUUID(),
        card.insz(),
        card.cardNumber(),
        card.validUntil(),
        runDate,
        SummonsOutcome.KEPT,
        null,
        SummonsState.KEPT,
        card.name().full(),
        card.language(),
        card.email(),
        card.phone(),
        null,
        slot,
        hold,
        keptUntil,
        tokenHash,
        null,
        by,
        at,
        null);
  }

  /**
   * A summons without a slot: an invitation (by post when the register gave no contact) or a skip.
   */
  public static Summons withoutSlot(
      ExpiringCard card, LocalDate runDate, SummonsReason reason, String by, LocalDateTime at) {
    boolean skipped =
        reason == SummonsReason.APPOINTMENT_OPEN || reason == SummonsReason.APPLICATION_OPEN;
    return new Summons(
        UUID.randomUUID(),
        card.insz(),
        card.cardNumber(),
        card.validUntil(),
        runDate,
        skipped ? SummonsOutcome.SKIPPED : SummonsOutcome.INVITED,
        reason,
        skipped ? SummonsState.SKIPPED : SummonsState.INVITED,
        card.name().full(),
        card.language(),
        skipped ? null : card.email(),
        skipped ? null : card.phone(),
        reason == SummonsReason.BY_POST ? card.residence() : null,
        null,
        null,
        null,
        null,
        null,
        by,
        at,
        null);
  }

  /** Whether its kept slot has lapsed at {@code now} (still KEPT, nobody confirmed in time). */
  public boolean lapsedAt(LocalDateTime now) {
    return state == SummonsState.KEPT && !now.isBefore(keptUntil);
  }

  /** The kept slot turned into the booked appointment {@code reference}. */
  public Summons confirmed(AppointmentReference reference, LocalDateTime at) {
    requireKept(at);
    return closed(SummonsState.CONFIRMED, reference, at);
  }

  /** The holder gave the kept slot back. */
  public Summons released(LocalDateTime at) {
    requireKept(at);
    return closed(SummonsState.RELEASED, null, at);
  }

  /** Nobody confirmed in time: the slot goes back. */
  public Summons lapsed(LocalDateTime at) {
    if (!lapsedAt(at)) {
      throw new IllegalStateException("summons " + id + " has not lapsed at " + at);
    }
    return closed(SummonsState.LAPSED, null, at);
  }

  /**
   * @throws ConflictException unless the slot is still kept at {@code now}
   */
  private void requireKept(LocalDateTime now) {
    switch (state) {
      case KEPT -> {
        if (lapsedAt(now)) {
          throw lapsedConflict();
        }
      }
      case CONFIRMED ->
          throw new ConflictException(
              "summons-confirmed", "this summons was confirmed already: the appointment stands");
      case RELEASED ->
          throw new ConflictException(
              "summons-released", "this summons' slot was given back already");
      case LAPSED -> throw lapsedConflict();
      case INVITED, SKIPPED ->
          throw new ConflictException(
              "summons-without-slot", "no slot is kept for this summons; book one yourself");
    }
  }

  private static ConflictException lapsedConflict() {
    return new ConflictException(
        "summons-lapsed", "the kept slot has lapsed; book a slot yourself");
  }

  private Summons closed(SummonsState to, AppointmentReference reference, LocalDateTime at) {
    return new Summons(
        id,
        insz,
        cardNumber,
        cardValidUntil,
        runDate,
        outcome,
        reason,
        to,
        name,
        language,
        email,
        phone,
        residence,
        slot,
        hold,
        keptUntil,
        tokenHash,
        reference,
        decidedBy,
        decidedAt,
        at);
  }
}
