package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who has which desk's time: appointments (kept by {@link AppointmentStore}), holds and blocks, and
 * the lock that makes taking desk time safe across instances. Every write that takes desk time runs
 * in a transaction that first locks the desk's day ({@link #lockDeskDay}), then reads what is
 * taken, then writes; {@code DeskTimeClaims} in the application is the one place that does so.
 */
public interface DeskTimeLedger extends TakenTimeSource {

  /**
   * Open appointments, holds not expired at {@code now}, and blocked time, overlapping [from, to),
   * as committed: read under a desk's lock, it is what decides.
   */
  @Override
  List<DeskTime> takenTime(
      Collection<LocationCode> locations, LocalDateTime from, LocalDateTime to, LocalDateTime now);

  /**
   * Open appointments, holds not expired at {@code now}, and blocked time that start in [from, to),
   * as committed: what a view keeps by the day a row starts on. Unlike {@link #takenTime}, a row
   * that started before {@code from} is left out even when it runs into the range.
   */
  List<DeskTime> takenTimeStarting(
      Collection<LocationCode> locations, LocalDateTime from, LocalDateTime to, LocalDateTime now);

  /**
   * Serialises, until the current transaction ends, every write that takes time of this desk that
   * day; what the previous holder committed is visible to reads made after it returns.
   *
   * @throws IllegalStateException outside a transaction
   */
  void lockDeskDay(LocationCode location, String desk, LocalDate day);

  /**
   * Gives back the time of this desk's holds that have expired at {@code now}; called under the
   * desk's lock before taking its time, so that an expired hold never stands in the way (nor in a
   * constraint). The hold itself stays findable until {@link #forgetHoldsEndedBefore} forgets it,
   * so that a late confirmation hears that it expired.
   */
  void releaseExpiredHolds(LocationCode location, String desk, LocalDateTime now);

  /**
   * Forgets the holds, at every desk, that ended (expired or were given up) before {@code before};
   * how many, whether or not their time was given back under a lock. Live holds stay.
   */
  int forgetHoldsEndedBefore(LocalDateTime before);

  /**
   * @throws DeskTimeTakenException when the database refuses an overlap
   */
  void insertHold(Hold hold);

  /**
   * Whether an open appointment, or a hold not expired at {@code now}, is to pick up the document
   * of this order.
   */
  boolean pickupTaken(UUID documentOrder, LocalDateTime now);

  /**
   * The hold, live or expired (until it is forgotten); empty once confirmed, given up or forgotten.
   */
  Optional<Hold> findHold(UUID id);

  /**
   * Gives a live hold's time back at once, as if it had expired at {@code now}: it stays findable
   * (a late confirmation hears that it expired) and counts for its holder's cooldown. False when
   * there is no such hold, or it had expired already.
   */
  boolean releaseHold(UUID id, LocalDateTime now);

  /** Removes a hold (confirmed); false when there was none. */
  boolean deleteHold(UUID id);

  /**
   * @throws DeskTimeTakenException when the database refuses an overlap
   */
  void insertBlock(DeskBlock block);

  /**
   * False when there was no such block at the location (a block of another location is left alone).
   */
  boolean deleteBlock(LocationCode location, UUID id);
}
