package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.HoldSlotUseCase;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.DeskTimeTakenException;
import be.loketopmaat.application.port.out.FairUseRecords;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.service.SlotRequests.SlotGone;
import be.loketopmaat.application.service.SlotRequests.SlotRequest;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.FairUse;
import be.loketopmaat.domain.appointment.Hold;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

/** Keeps a slot for a while: the desk is claimed as for a booking, until the hold expires. */
public final class HoldService implements HoldSlotUseCase {
  private final SlotRequests requests;
  private final DeskTimeClaims claims;
  private final DeskTimeLedger ledger;
  private final FairUseRecords fairUseRecords;
  private final Transactions transactions;
  private final BookingRules rules;
  private final Clock clock;
  private final TakenTimeView view;
  private final ClaimGate gate;

  HoldService(
      SlotRequests requests,
      DeskTimeClaims claims,
      DeskTimeLedger ledger,
      FairUseRecords fairUseRecords,
      Transactions transactions,
      BookingRules rules,
      Clock clock,
      TakenTimeView view,
      ClaimGate gate) {
    this.gate = gate;
    this.view = view;
    this.requests = requests;
    this.claims = claims;
    this.ledger = ledger;
    this.fairUseRecords = fairUseRecords;
    this.transactions = transactions;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public Hold hold(HoldCommand command) {
    SlotRequest request = requests.resolve(command.what(), command.location(), command.start());
    LocalDateTime now = LocalDateTime.now(clock);
    FairUse fairUse = rules.fairUse();
    if (!claims.seemsFree(request, now)) {
      throw requests.taken(
          request); // known taken: no need to queue behind the desks' locks to hear it
    }
    Hold held;
    try {
      held =
          gate.through(
              request.slot().location(),
              request.slot().start().toLocalDate(),
              () -> claims.seemsFree(request, now),
              () -> holdNow(command, request, fairUse, now));
    } catch (DeskTimeTakenException | SlotGone e) {
      throw requests.taken(request);
    }
    return held;
  }

  /** Its turn at the gate: the holds and bookings before it in this instance have told the view. */
  private Hold holdNow(
      HoldCommand command, SlotRequest request, FairUse fairUse, LocalDateTime now) {
    if (!claims.seemsFree(request, now)) {
      throw new SlotGone();
    }
    Hold held =
        transactions.inTransaction(
            () -> {
              fairUseRecords.lockClient(command.client());
              fairUse.requireRoomForHold(fairUseRecords.liveHolds(command.client(), now));
              fairUse.requireNotHeldRecently(
                  fairUseRecords.heldUntilRecently(
                      command.client(), request.slot(), fairUse.releasesCountSince(now), now));
              if (command.insz() != null) {
                fairUse.requireNotReleasedRecently(
                    fairUseRecords.releasedSince(
                        command.insz(), request.slot(), fairUse.releasesCountSince(now)));
              }
              if (request.pickupOf() != null) {
                requests.pickups().claim(request.pickupOf(), ledger, now);
              }
              String desk =
                  claims
                      .claimSlot(
                          request.location(),
                          request.need(),
                          request.windows(),
                          request.slot(),
                          now,
                          null)
                      .orElseThrow(SlotGone::new);
              Hold hold =
                  new Hold(
                      UUID.randomUUID(),
                      request.slot().location(),
                      desk,
                      request.slot().start(),
                      request.slot().end(),
                      request.products(),
                      request.need().persons(),
                      now.plus(rules.holdFor()),
                      command.client(),
                      request.pickupOf());
              ledger.insertHold(hold);
              return hold;
            });
    view.taken(
        new DeskTime(
            held.id(), held.location(), held.desk(), held.start(), held.end(), held.expiresAt()));
    return held;
  }

  @Override
  public void release(UUID id) {
    LocalDateTime now = LocalDateTime.now(clock);
    Hold hold =
        ledger
            .findHold(id)
            .filter(h -> !h.expiredAt(now))
            .orElseThrow(() -> new NotFoundException("hold", id.toString()));
    if (!transactions.inTransaction(() -> ledger.releaseHold(id, now))) {
      throw new NotFoundException("hold", id.toString()); // confirmed or expired meanwhile
    }
    view.changed(hold.location(), hold.start());
  }
}
