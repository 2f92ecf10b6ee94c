package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ClientId;
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

  /** Serialises, until the current transaction ends, the holds of one client. */
  void lockClient(ClientId client);

  /** How many of the client's holds have not expired (nor been released) at {@code now}. */
  int liveHolds(ClientId client, LocalDateTime now);

  /**
   * Whether the client held this slot (same location and start) with a hold that ended, released or
   * expired, between {@code since} and {@code now}.
   */
  boolean heldUntilRecently(ClientId client, Slot slot, LocalDateTime since, LocalDateTime now);
}
