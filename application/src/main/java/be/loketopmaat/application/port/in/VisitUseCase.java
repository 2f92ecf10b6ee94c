package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.staff.StaffMember;

/** A citizen's visit for an appointment, step by step: arrived, served, or did not come. */
public interface VisitUseCase {

  /**
   * The citizen has arrived, on the day, before the grace period ends, while the counter works.
   *
   * @param by the member of staff who checks them in, or null when citizens check themselves in
   *     (with their management code, at a kiosk or in the app)
   */
  Appointment checkIn(AppointmentReference reference, StaffMember by);

  /**
   * Staff check in a citizen who came after the grace period, for the reason they give; on the day,
   * while the counter works.
   */
  Appointment checkInLate(AppointmentReference reference, String reason, StaffMember by);

  /** The citizen was served; the desk's time is free again. */
  Appointment complete(AppointmentReference reference, StaffMember by);

  /** The citizen did not come within the grace period. */
  Appointment markNoShow(AppointmentReference reference, StaffMember by);
}
