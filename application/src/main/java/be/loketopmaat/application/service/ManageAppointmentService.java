package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
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
import be.loketopmaat.domain.appointment.ManagementCode;
import be.loketopmaat.domain.notification.MessageKind;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The citizen's own appointment, by reference and management code: look at it, move it, cancel it.
 */
public final class ManageAppointmentService implements ManageAppointmentUseCase {
  private final SlotRequests requests;
  private final DeskTimeClaims claims;
  private final AppointmentStore store;
  private final FairUseRecords fairUseRecords;
  private final AppointmentNotices notices;
  private final Transactions transactions;
  private final Clock clock;
  private final TakenTimeView view;
  private final BookingRules rules;

  ManageAppointmentService(
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

  @Override
  public Appointment get(AppointmentReference reference, String managementCode) {
    return authorised(store.findByReference(reference), reference, managementCode);
  }

  @Override
  public Appointment reschedule(RescheduleCommand command) {
    Appointment current = get(command.reference(), command.managementCode());
    SlotRequest request =
        requests.resolve(
            new What(current.products(), current.persons()), command.location(), command.start());
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
                Appointment fresh =
                    authorised(
                        store.findByReferenceForUpdate(command.reference()),
                        command.reference(),
                        command.managementCode());
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
                return changed;
              });
    } catch (DeskTimeTakenException | SlotGone e) {
      throw requests.taken(request);
    }
    view.changed(current.location(), current.start());
    view.changed(moved.location(), moved.start());
    return moved;
  }

  @Override
  public Appointment cancel(AppointmentReference reference, String managementCode) {
    LocalDateTime now = LocalDateTime.now(clock);
    Appointment done =
        transactions.inTransaction(
            () -> {
              Appointment cancelled =
                  authorised(store.findByReferenceForUpdate(reference), reference, managementCode)
                      .cancel(now);
              store.update(cancelled);
              fairUseRecords.recordRelease(cancelled.citizen().insz(), cancelled.slot(), now);
              notices.tell(MessageKind.CANCELLATION, cancelled, now);
              return cancelled;
            });
    view.changed(done.location(), done.start());
    return done;
  }

  private static Appointment authorised(
      Optional<Appointment> found, AppointmentReference reference, String managementCode) {
    Appointment appointment =
        found.orElseThrow(() -> new NotFoundException("appointment", reference.value()));
    if (!ManagementCode.matches(managementCode, appointment.managementCodeHash())) {
      // The same answer as an unknown reference: a wrong code tells nothing about what exists.
      throw new NotFoundException("appointment", reference.value());
    }
    return appointment;
  }
}
