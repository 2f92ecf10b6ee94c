package be.loketopmaat.application.port.out;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import java.util.Optional;

/**
 * Where appointments are kept, by their reference. Their desk time counts in the {@link
 * DeskTimeLedger}.
 */
public interface AppointmentStore {

  /**
   * @throws DeskTimeTakenException when the database refuses an overlap
   * @throws ReferenceTakenException when another appointment has the reference
   */
  void insert(Appointment appointment);

  /**
   * Stores a changed appointment (status, or slot and desk when rescheduled).
   *
   * @throws DeskTimeTakenException when the database refuses an overlap
   * @throws NotFoundException when no appointment has that id: an update never creates one
   */
  void update(Appointment appointment);

  Optional<Appointment> findByReference(AppointmentReference reference);

  /**
   * The appointment, locked until the current transaction ends, so that two changes of one
   * appointment (a cancel and a check-in at the same moment) run one after the other instead of one
   * undoing the other.
   */
  Optional<Appointment> findByReferenceForUpdate(AppointmentReference reference);

  /**
   * The random reference of a new appointment is already someone else's: draw another. Not a
   * client's error, so it is not an {@link be.loketopmaat.application.AlreadyExistsException}.
   */
  class ReferenceTakenException extends RuntimeException {
    public ReferenceTakenException(AppointmentReference reference) {
      super("appointment reference " + reference + " is taken");
    }
  }
}
