package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.RecoverLinkUseCase;
import be.loketopmaat.application.port.out.AgendaQueries;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A citizen who lost their management link gets a fresh one, at the contacts on their booking. What
 * matched is never told to the caller.
 */
public final class LinkRecoveryService implements RecoverLinkUseCase {
  private final AgendaQueries agenda;
  private final AppointmentStore store;
  private final FreshLinks links;
  private final Transactions transactions;
  private final Clock clock;

  LinkRecoveryService(
      AgendaQueries agenda,
      AppointmentStore store,
      FreshLinks links,
      Transactions transactions,
      Clock clock) {
    this.agenda = agenda;
    this.store = store;
    this.links = links;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void requestLink(LinkRequest request) {
    LocalDateTime now = LocalDateTime.now(clock);
    List<Appointment> matches =
        agenda.search(
            new AgendaQueries.Criteria(
                request.reference(),
                null,
                null,
                request.email(),
                request.phone(),
                null,
                null,
                now,
                true,
                MAX_APPOINTMENTS));
    for (Appointment match : matches) {
      transactions.inTransaction(
          () ->
              store
                  .findByReferenceForUpdate(match.reference())
                  // Cancelled or started since the search: nothing left to manage.
                  .filter(a -> a.status() == AppointmentStatus.BOOKED && a.start().isAfter(now))
                  .map(links::issue)
                  .orElse(null));
    }
  }
}
