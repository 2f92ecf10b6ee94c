package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.ManagementCode;
import java.util.Optional;

/**
 * The citizen's own appointment, by reference and management code: look at it, move it, cancel it.
 */
public final class ManageAppointmentService implements ManageAppointmentUseCase {
  private final AppointmentStore store;
  private final AppointmentChanges changes;
  private final AppointmentNotices notices;
  private final java.time.Clock clock;

  ManageAppointmentService(
      AppointmentStore store,
      AppointmentChanges changes,
      AppointmentNotices notices,
      java.time.Clock clock) {
    this.store = store;
    this.changes = changes;
    this.notices = notices;
    this.clock = clock;
  }

  @Override
  public String calendar(AppointmentReference reference, String managementCode) {
    return notices.calendar(get(reference, managementCode), java.time.LocalDateTime.now(clock));
  }

  @Override
  public Appointment get(AppointmentReference reference, String managementCode) {
    return authorised(store.findByReference(reference), reference, managementCode);
  }

  @Override
  public Appointment reschedule(RescheduleCommand command) {
    return changes.move(
        command.reference(),
        found -> authorised(found, command.reference(), command.managementCode()),
        command.location(),
        command.start(),
        (before, moved) -> {});
  }

  @Override
  public Appointment cancel(AppointmentReference reference, String managementCode) {
    return changes.cancel(
        reference, found -> authorised(found, reference, managementCode), cancelled -> {});
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
