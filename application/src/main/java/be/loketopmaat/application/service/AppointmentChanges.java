package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.What;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.DeskTimeTakenException;
import be.loketopmaat.application.port.out.FairUseRecords;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.service.SlotRequests.SlotGone;
import be.loketopmaat.application.service.SlotRequests.SlotRequest;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.FairUse;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.notification.MessageKind;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How a booked appointment is moved or cancelled, whoever asks: the citizen with their code ({@link
 * ManageAppointmentService}) or staff on their behalf ({@link StaffAppointmentService}). Each says
 * who may touch the appointment ({@code authorise}) and what else to record in the same
 * transaction.
 */
final class AppointmentChanges {
  private final SlotRequests requests;
  private final DeskTimeClaims claims;
  private final AppointmentStore store;
  private final FairUseRecords fairUseRecords;
  private final AppointmentNotices notices;
  private final Transactions transactions;
  private final Clock clock;
  private final TakenTimeView view;
  private final BookingRules rules;

  AppointmentChanges(
      SlotRequests requests,
      DeskTimeClaims claims,
      AppointmentStore store,
      FairUseRecords fairUseRecords,
      AppointmentNotices notices,
      Transactions transactions,
      Clock clock,
      TakenTimeView view,
      BookingRules rules) {
    this.view = view;
    this.rules = rules;
    this.requests = requests;
    this.claims = claims;
    this.store = store;
    this.fairUseRecords = fairUseRecords;
    this.notices = notices;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Moves the appointment that {@code authorise} lets through (it throws otherwise), and runs
   * {@code alsoRecord} with the appointment as it was and as it is now, in the same transaction.
   */
  Appointment move(
      AppointmentReference reference,
      Function<Optional<Appointment>, Appointment> authorise,
      LocationCode location,
      LocalDateTime start,
      BiConsumer<Appointment, Appointment> alsoRecord) {
    Appointment current = authorise.apply(store.findByReference(reference));
    SlotRequest request =
        requests.resolve(
            current.isPickup()
                ? What.pickup(current.pickupOf())
                : new What(current.products(), current.persons()),
            location,
            start);
    LocalDateTime now = LocalDateTime.now(clock);
    FairUse fairUse = rules.fairUse();
    Appointment moved;
    try {
      moved =
          transactions.inTransaction(
              () -> {
                fairUseRecords.lockCitizen(current.citizen().insz());
                fairUse.requireNotReleasedRecently(
                    fairUseRecords.releasedSince(
                        current.citizen().insz(), request.slot(), fairUse.releasesCountSince(now)));
                Appointment fresh = authorise.apply(store.findByReferenceForUpdate(reference));
                String desk =
                    claims
                        .claimSlot(
                            request.location(),
                            request.need(),
                            request.windows(),
                            request.slot(),
                            now,
                            fresh.id())
                        .orElseThrow(SlotGone::new);
                Appointment changed = fresh.movedTo(request.slot(), desk);
                store.update(changed);
                fairUseRecords.recordRelease(fresh.citizen().insz(), fresh.slot(), now);
                notices.tell(MessageKind.CHANGE, changed, now);
                alsoRecord.accept(fresh, changed);
                return changed;
              });
    } catch (DeskTimeTakenException | SlotGone e) {
      throw requests.taken(request);
    }
    view.changed(current.location(), current.start());
    view.changed(moved.location(), moved.start());
    return moved;
  }

  /** Cancels as {@link #move} moves. */
  Appointment cancel(
      AppointmentReference reference,
      Function<Optional<Appointment>, Appointment> authorise,
      Consumer<Appointment> alsoRecord) {
    LocalDateTime now = LocalDateTime.now(clock);
    Appointment done =
        transactions.inTransaction(
            () -> {
              Appointment cancelled =
                  authorise.apply(store.findByReferenceForUpdate(reference)).cancel(now);
              store.update(cancelled);
              fairUseRecords.recordRelease(cancelled.citizen().insz(), cancelled.slot(), now);
              notices.tell(MessageKind.CANCELLATION, cancelled, now);
              alsoRecord.accept(cancelled);
              return cancelled;
            });
    view.changed(done.location(), done.start());
    return done;
  }
}
