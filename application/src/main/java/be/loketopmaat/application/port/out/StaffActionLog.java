package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.staff.StaffAction;
import java.util.List;

/**
 * The record of what staff did to citizens' appointments. Written in the transaction of the change
 * it tells about, so that no change goes unrecorded and no record tells of a change that was rolled
 * back. Lines are only added.
 */
public interface StaffActionLog {

  void record(StaffAction action);

  /** Everything staff did to that appointment, oldest first. */
  List<StaffAction> forAppointment(AppointmentReference reference);
}
