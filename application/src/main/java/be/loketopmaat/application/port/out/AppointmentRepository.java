package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where appointments and holds are kept, and the database's guarantee that a desk never holds two
 * overlapping ones: every write that takes desk time runs in a transaction that first locks the desk's
 * day ({@link #lockDeskDay}), then checks what is taken, then writes. Adapters may add a constraint that
 * refuses an overlap outright; it then surfaces as {@link DeskTimeTakenException}.
 */
public interface AppointmentRepository {

  /** Open appointments, holds not expired at {@code now}, and blocked time, overlapping [from, to). */
  List<DeskTime> takenTime(Collection<LocationCode> locations, LocalDateTime from, LocalDateTime to,
      LocalDateTime now);

  /** Serialises, until the current transaction ends, every write that takes time of this desk that day. */
  void lockDeskDay(LocationCode location, String desk, LocalDate day);

  /**
   * Gives back the time of this desk's holds that have expired at {@code now}; called under the desk's
   * lock before taking its time, so that an expired hold never stands in the way (nor in a constraint).
   */
  void releaseExpiredHolds(LocationCode location, String desk, LocalDateTime now);

  /** Serialises, until the current transaction ends, the bookings of one citizen (fair use). */
  void lockCitizen(NationalNumber insz);

  /** @throws DeskTimeTakenException when the database refuses an overlap */
  void insertHold(Hold hold, String client);

  Optional<Hold> findHold(UUID id);

  /** Removes a hold (confirmed or given up); false when there was none. */
  boolean deleteHold(UUID id);

  /**
   * @throws DeskTimeTakenException when the database refuses an overlap
   * @throws be.loketopmaat.application.AlreadyExistsException when the reference is taken
   */
  void insert(Appointment appointment);

  /** Stores a changed appointment (status, or slot when rescheduled). @throws DeskTimeTakenException */
  void update(Appointment appointment);

  Optional<Appointment> findByReference(AppointmentReference reference);

  /**
   * The appointment, locked until the current transaction ends, so that two changes of one appointment
   * (a cancel and a check-in at the same moment) run one after the other instead of one undoing the other.
   */
  Optional<Appointment> findByReferenceForUpdate(AppointmentReference reference);

  List<Appointment> findOpenByCitizen(NationalNumber insz);

  /** Every appointment of the day at the location, open or closed, by start. */
  List<Appointment> findByLocationAndDay(LocationCode location, LocalDate day);

  /** Every still-booked appointment on that day, any location. */
  List<Appointment> findBookedOn(LocalDate day);

  /** @throws DeskTimeTakenException when the database refuses an overlap */
  void insertBlock(DeskBlock block);

  /** False when there was no such block at the location. */
  boolean deleteBlock(LocationCode location, UUID id);

  /** Remembers that a citizen gave up a slot, against slot trading. */
  void recordRelease(NationalNumber insz, Slot slot, LocalDateTime at);

  /** Whether the citizen gave up this slot (same location and start) at or after {@code since}. */
  boolean releasedSince(NationalNumber insz, Slot slot, LocalDateTime since);

  /** The database refused to let two appointments or holds overlap on one desk. */
  class DeskTimeTakenException extends RuntimeException {
    public DeskTimeTakenException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
