package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;

/** A citizen's visit for an appointment, step by step: arrived, served, or did not come. */
public interface VisitUseCase {

  /** The citizen has arrived, on the day, before the grace period ends, while the counter works. */
  Appointment checkIn(AppointmentReference reference);

  /**
   * Staff check in a citizen who came after the grace period, for the reason they give; on the day,
   * while the counter works.
   */
  Appointment checkInLate(AppointmentReference reference, String reason);

  /** The citizen was served; the desk's time is free again. */
  Appointment complete(AppointmentReference reference);

  /** The citizen did not come within the grace period. */
  Appointment markNoShow(AppointmentReference reference);
}
