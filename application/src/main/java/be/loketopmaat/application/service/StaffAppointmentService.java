package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase;
import be.loketopmaat.application.port.out.AgendaQueries;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.StaffActionLog;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.staff.StaffAction;
import be.loketopmaat.domain.staff.StaffActionKind;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Staff help a citizen with their appointment without its code; each action and its record are one
 * transaction.
 */
public final class StaffAppointmentService implements StaffAppointmentsUseCase {
  private final AppointmentStore store;
  private final AgendaQueries agenda;
  private final StaffActionLog log;
  private final AppointmentChanges changes;
  private final FreshLinks links;
  private final Transactions transactions;
  private final Clock clock;

  StaffAppointmentService(
      AppointmentStore store,
      AgendaQueries agenda,
      StaffActionLog log,
      AppointmentChanges changes,
      FreshLinks links,
      Transactions transactions,
      Clock clock) {
    this.store = store;
    this.agenda = agenda;
    this.log = log;
    this.changes = changes;
    this.links = links;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public List<Appointment> search(Search search, StaffMember by) {
    return transactions.inTransaction(
        () -> {
          List<Appointment> found =
              agenda.search(
                  new AgendaQueries.Criteria(
                      search.reference(),
                      search.insz(),
                      search.name(),
                      null,
                      null,
                      search.day(),
                      search.location(),
                      null,
                      false,
                      search.limit()));
          Instant at = clock.instant();
          String criteria = criteria(search);
          for (Appointment appointment : found) {
            log.record(
                StaffAction.of(
                    appointment.reference(), by, at, StaffActionKind.LISTED, criteria, null));
          }
          return found;
        });
  }

  /** What was searched by, without repeating the national number or the name in full. */
  private static String criteria(Search search) {
    List<String> parts = new ArrayList<>();
    if (search.reference() != null) {
      parts.add("reference");
    }
    if (search.insz() != null) {
      parts.add("national number");
    }
    if (search.name() != null) {
      parts.add("name");
    }
    if (search.day() != null) {
      parts.add("date " + search.day());
    }
    if (search.location() != null) {
      parts.add("location " + search.location().value());
    }
    return "search by " + String.join(", ", parts);
  }

  @Override
  public AppointmentFile view(AppointmentReference reference, StaffMember by) {
    return transactions.inTransaction(
        () -> {
          Appointment appointment = found(store.findByReference(reference), reference);
          log.record(
              StaffAction.of(reference, by, clock.instant(), StaffActionKind.VIEWED, null, null));
          return new AppointmentFile(appointment, log.forAppointment(reference));
        });
  }

  @Override
  public Appointment reschedule(StaffReschedule command) {
    String reason = StaffAction.requireReason(command.reason());
    return changes.move(
        command.reference(),
        found -> found(found, command.reference()),
        command.location(),
        command.start(),
        (before, moved) ->
            log.record(
                StaffAction.of(
                    moved.reference(),
                    command.by(),
                    clock.instant(),
                    StaffActionKind.MOVED,
                    "from "
                        + before.location().value()
                        + " "
                        + before.start()
                        + " to "
                        + moved.location().value()
                        + " "
                        + moved.start(),
                    reason)));
  }

  @Override
  public Appointment cancel(AppointmentReference reference, StaffMember by, String reason) {
    String why = StaffAction.requireReason(reason);
    return changes.cancel(
        reference,
        found -> found(found, reference),
        cancelled ->
            log.record(
                StaffAction.of(
                    reference, by, clock.instant(), StaffActionKind.CANCELLED, null, why)));
  }

  @Override
  public Appointment sendManagementLink(AppointmentReference reference, StaffMember by) {
    return transactions.inTransaction(
        () -> {
          Appointment sent =
              links.issue(found(store.findByReferenceForUpdate(reference), reference));
          log.record(
              StaffAction.of(
                  reference,
                  by,
                  clock.instant(),
                  StaffActionKind.LINK_SENT,
                  "to " + contacts(sent),
                  null));
          return sent;
        });
  }

  /** Which of the booking's contacts a message goes to, without spelling them out. */
  private static String contacts(Appointment appointment) {
    boolean email = appointment.citizen().email() != null;
    boolean phone = appointment.citizen().phone() != null;
    return email && phone ? "e-mail and phone" : email ? "e-mail" : "phone";
  }

  private static Appointment found(Optional<Appointment> found, AppointmentReference reference) {
    return found.orElseThrow(() -> new NotFoundException("appointment", reference.value()));
  }
}
