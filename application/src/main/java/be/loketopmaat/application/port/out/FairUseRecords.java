package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.citizen.NationalNumber;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What fair use ({@link be.loketopmaat.domain.appointment.FairUse}) reads about one citizen, and
 * its lock.
 */
public interface FairUseRecords {

  /** Serialises, until the current transaction ends, the bookings of one citizen. */
  void lockCitizen(NationalNumber insz);

  /** The citizen's open appointments, by start. */
  List<Appointment> findOpenByCitizen(NationalNumber insz);

  /** Remembers that a citizen gave up a slot, against slot trading. */
  void recordRelease(NationalNumber insz, Slot slot, LocalDateTime at);

  /** Whether the citizen gave up this slot (same location and start) at or after {@code since}. */
  boolean releasedSince(NationalNumber insz, Slot slot, LocalDateTime since);
}
