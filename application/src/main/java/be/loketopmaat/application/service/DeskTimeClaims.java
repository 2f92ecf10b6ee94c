package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.TakenTimeSource;
import be.loketopmaat.domain.appointment.AppointmentNeed;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.appointment.SlotFinder;
import be.loketopmaat.domain.calendar.OpenWindow;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one way desk time is taken, by every path that takes it: holds, bookings, reschedules, blocks
 * (and pickups and home visits to come). A claim locks the desk's day, gives back the desk's
 * expired holds, reads what is taken and decides with the domain's {@link SlotFinder}; the desk
 * stays locked until the caller's transaction ends, so the caller writes the time it was given
 * before anyone else can look. The lock is the database's, so the guarantee holds across instances
 * that share it.
 *
 * <p>Call it inside {@link be.loketopmaat.application.port.out.Transactions#inTransaction}: the
 * ledger refuses a lock outside one.
 */
public final class DeskTimeClaims {
  private final DeskTimeLedger ledger;
  private final TakenTimeSource firstLook;

  /** Claims that take their first look, too, in the ledger. */
  public DeskTimeClaims(DeskTimeLedger ledger) {
    this(ledger, ledger);
  }

  /**
   * @param firstLook where the lockless first look reads (a view a moment old will do)
   */
  public DeskTimeClaims(DeskTimeLedger ledger, TakenTimeSource firstLook) {
    this.ledger = ledger;
    this.firstLook = firstLook;
  }

  /**
   * The capable desks that seem free for the slot, without a lock: a first look that lets a request
   * for a taken slot be answered without queueing behind the desks' locks. Only a claim decides.
   */
  public List<String> seemFree(
      Location location,
      AppointmentNeed need,
      List<OpenWindow> windows,
      Slot slot,
      LocalDateTime now,
      UUID ignoring) {
    List<DeskTime> seen =
        firstLook.takenTime(Set.of(location.code()), slot.start(), slot.end(), now).stream()
            .filter(t -> !t.id().equals(ignoring))
            .toList();
    return SlotFinder.freeDesks(location, need, windows, seen, slot);
  }

  /**
   * Whether any capable desk seems free for the request's slot (a lockless look; see {@link
   * #seemFree}).
   */
  boolean seemsFree(SlotRequests.SlotRequest request, LocalDateTime now) {
    return !seemFree(
            request.location(), request.need(), request.windows(), request.slot(), now, null)
        .isEmpty();
  }

  /**
   * Claims the first capable desk (in the location's order) that is free for the whole slot.
   *
   * @param windows the location's open windows that day; a slot off their grid is no slot
   * @param ignoring the id whose own time does not count (the appointment being moved), or null
   * @return the claimed desk, locked; empty when the slot is not free on any capable desk, or no
   *     slot
   */
  public Optional<String> claimSlot(
      Location location,
      AppointmentNeed need,
      List<OpenWindow> windows,
      Slot slot,
      LocalDateTime now,
      UUID ignoring) {
    // A first look without locks skips the desks that are taken, so that a busy location does not
    // cost a
    // lock and a check per taken desk; the check under the lock decides. Desks are locked in the
    // location's own order, the same for every transaction, so that two never wait for each other.
    for (String desk : seemFree(location, need, windows, slot, now, ignoring)) {
      lock(location.code(), desk, slot.start(), slot.end());
      ledger.releaseExpiredHolds(location.code(), desk, now);
      List<DeskTime> taken = taken(location.code(), desk, slot.start(), slot.end(), now, ignoring);
      if (SlotFinder.freeDesks(location, need, windows, taken, slot).contains(desk)) {
        return Optional.of(desk);
      }
    }
    return Optional.empty();
  }

  /**
   * Claims [start, end) of one named desk, whatever its capabilities and opening hours (staff block
   * time as they see fit).
   *
   * @return whether it was free; the desk's days are locked either way
   */
  public boolean claimDesk(
      LocationCode location,
      String desk,
      LocalDateTime start,
      LocalDateTime end,
      LocalDateTime now) {
    lock(location, desk, start, end);
    ledger.releaseExpiredHolds(location, desk, now);
    return taken(location, desk, start, end, now, null).isEmpty();
  }

  /** Each day the stretch touches, earliest first: the same order for everyone. */
  private void lock(LocationCode location, String desk, LocalDateTime start, LocalDateTime end) {
    LocalDate last = end.minusNanos(1).toLocalDate();
    for (LocalDate day = start.toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
      ledger.lockDeskDay(location, desk, day);
    }
  }

  /**
   * What overlaps [start, end) at the location, on one desk or (desk null) on any, as committed.
   */
  private List<DeskTime> taken(
      LocationCode location,
      String desk,
      LocalDateTime start,
      LocalDateTime end,
      LocalDateTime now,
      UUID ignoring) {
    return ledger.takenTime(Set.of(location), start, end, now).stream()
        .filter(t -> desk == null || t.desk().equals(desk))
        .filter(t -> !t.id().equals(ignoring))
        .filter(t -> t.overlaps(start, end))
        .toList();
  }
}
