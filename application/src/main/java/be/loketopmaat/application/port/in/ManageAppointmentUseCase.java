package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;

/**
 * The citizen's own appointment, by its reference and management code: look at it, move it, cancel
 * it. A wrong code gets the same answer as an unknown reference.
 */
public interface ManageAppointmentUseCase {

  /**
   * @throws be.loketopmaat.application.NotFoundException unless reference and code match
   */
  Appointment get(AppointmentReference reference, String managementCode);

  /**
   * Moves the appointment: the old slot is released only once the new one is secured.
   *
   * @throws SlotTakenException when the new slot is taken, with the next free alternatives
   */
  Appointment reschedule(RescheduleCommand command);

  Appointment cancel(AppointmentReference reference, String managementCode);

  /**
   * The appointment as an iCalendar document (RFC 5545, {@code text/calendar}) in the citizen's
   * language; a cancelled one as its cancellation.
   *
   * @throws be.loketopmaat.application.NotFoundException unless reference and code match
   */
  String calendar(AppointmentReference reference, String managementCode);

  /** Where an appointment goes. Valid once built. */
  record RescheduleCommand(
      AppointmentReference reference,
      String managementCode,
      LocationCode location,
      LocalDateTime start) {
    public RescheduleCommand {
      new Violations()
          .requireNonNull(reference, "reference")
          .requireText(managementCode, "managementCode", 100)
          .requireNonNull(location, "location")
          .requireNonNull(start, "start")
          .throwIfAny();
    }
  }
}
