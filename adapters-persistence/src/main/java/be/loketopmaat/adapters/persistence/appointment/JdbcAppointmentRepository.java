package be.loketopmaat.adapters.persistence.appointment;

import be.loketopmaat.adapters.persistence.jdbc.SqlStates;
import be.loketopmaat.adapters.persistence.jdbc.TransactionLocks;
import be.loketopmaat.adapters.persistence.jdbc.TransactionLocks.Space;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.out.AgendaQueries;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.DeskTimeTakenException;
import be.loketopmaat.application.port.out.FairUseRecords;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.Formats;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Appointments, holds and desk blocks as rows of one table, {@code desk_time}, with the locks
 * ({@link TransactionLocks}) that serialise the writers of one desk's day. One class for the four
 * roles the application sees apart (the store, the ledger, fair use's records, the agenda), because
 * they are one table and one set of locks. On PostgreSQL an exclusion constraint refuses
 * overlapping active rows besides; its refusal becomes {@link DeskTimeTakenException}. Every method
 * joins the caller's transaction ({@link
 * be.loketopmaat.adapters.persistence.jdbc.JdbcTransactions}).
 */
@Singleton
@Transactional
public class JdbcAppointmentRepository
    implements AppointmentStore, DeskTimeLedger, FairUseRecords, AgendaQueries {
  /**
   * Nothing takes a desk longer than this (the table's check constraint says so): how far back to
   * look.
   */
  static final Duration LONGEST = Duration.ofDays(1);

  private final AppointmentRows appointments;
  private final HoldRows holds;
  private final BlockRows blocks;
  private final SlotReleaseRows releases;
  private final TransactionLocks locks;
  private final AppointmentRowMapper mapper;
  private final TakenTimeQuery takenTime;

  JdbcAppointmentRepository(
      AppointmentRows appointments,
      HoldRows holds,
      BlockRows blocks,
      SlotReleaseRows releases,
      TransactionLocks locks,
      AppointmentRowMapper mapper,
      TakenTimeQuery takenTime) {
    this.takenTime = takenTime;
    this.appointments = appointments;
    this.holds = holds;
    this.blocks = blocks;
    this.releases = releases;
    this.locks = locks;
    this.mapper = mapper;
  }

  @Override
  @Transactional(readOnly = true)
  public List<DeskTime> takenTime(
      Collection<LocationCode> locations, LocalDateTime from, LocalDateTime to, LocalDateTime now) {
    // Nothing lasts longer than a day (a check constraint says so): the lower bound of the index
    // range.
    return takenTime.read(locations, from.minus(LONGEST), from, to, now);
  }

  @Override
  @Transactional(readOnly = true)
  public List<DeskTime> takenTimeStarting(
      Collection<LocationCode> locations, LocalDateTime from, LocalDateTime to, LocalDateTime now) {
    // A row that starts at or after from ends after it: the end's bound keeps no row out.
    return takenTime.read(locations, from, from, to, now);
  }

  // A lock outside a transaction would be released at once: mandatory makes that mistake fail
  // loudly.
  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockDeskDay(LocationCode location, String desk, LocalDate day) {
    locks.hold(Space.DESK_DAY, location.value() + "|" + desk + "|" + day);
  }

  @Override
  public void releaseExpiredHolds(LocationCode location, String desk, LocalDateTime now) {
    holds.deactivateExpired(location.value(), desk, now);
  }

  @Override
  public int forgetHoldsEndedBefore(LocalDateTime before) {
    return Math.toIntExact(holds.deleteEndedBefore(before));
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockCitizen(NationalNumber insz) {
    locks.hold(Space.CITIZEN, insz.digits());
  }

  @Override
  public void insertHold(Hold hold) {
    refusingOverlap(() -> holds.save(mapper.toRow(hold)));
  }

  @Override
  public boolean pickupTaken(UUID documentOrder, LocalDateTime now) {
    return holds.countPickups(documentOrder, now) > 0;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Hold> findHold(UUID id) {
    return holds.findById(id).map(mapper::toHold);
  }

  @Override
  public boolean releaseHold(UUID id, LocalDateTime now) {
    return holds.release(id, now) > 0;
  }

  @Override
  public boolean deleteHold(UUID id) {
    return holds.deleteById(id) > 0;
  }

  @Override
  public void insert(Appointment appointment) {
    try {
      refusingOverlap(() -> appointments.save(mapper.toRow(appointment)));
    } catch (DataAccessException e) {
      // The unique reference decides, not a prior look-up, so that concurrent inserts cannot both
      // pass.
      if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new ReferenceTakenException(appointment.reference());
      }
      throw e;
    }
  }

  @Override
  public void update(Appointment appointment) {
    AppointmentRow row = mapper.toRow(appointment);
    long changed =
        refusingOverlap(
            () ->
                appointments.update(
                    row.id(),
                    row.locationCode(),
                    row.desk(),
                    row.startAt(),
                    row.endAt(),
                    row.active(),
                    row.managementCodeHash(),
                    row.status(),
                    row.checkedInAt(),
                    row.calledAt(),
                    row.closedAt(),
                    row.calendarSequence()));
    if (changed == 0) {
      throw new NotFoundException("appointment", appointment.reference().value());
    }
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Appointment> findByReference(AppointmentReference reference) {
    return appointments.findByReference(reference.value()).map(mapper::toAppointment);
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Appointment> findByReferenceForUpdate(AppointmentReference reference) {
    return appointments.findByReferenceForUpdate(reference.value()).map(mapper::toAppointment);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Appointment> findOpenByCitizen(NationalNumber insz) {
    return toDomain(
        appointments.findByCitizenInszAndActive(insz.digits(), true, AppointmentRows.BY_START));
  }

  @Override
  @Transactional(readOnly = true)
  public List<DeskBlock> findBlocks(LocationCode location, LocalDate day) {
    return blocks
        .findByLocationCodeAndStartAtGreaterThanEqualsAndStartAtLessThan(
            location.value(),
            day.atStartOfDay(),
            day.plusDays(1).atStartOfDay(),
            AppointmentRows.BY_START)
        .stream()
        .map(mapper::toBlock)
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Appointment> findByLocationAndDay(LocationCode location, LocalDate day) {
    return toDomain(
        appointments.findByLocationCodeAndStartAtGreaterThanEqualsAndStartAtLessThan(
            location.value(),
            day.atStartOfDay(),
            day.plusDays(1).atStartOfDay(),
            AppointmentRows.BY_START));
  }

  @Override
  @Transactional(readOnly = true)
  public List<Appointment> findBookedOn(LocalDate day) {
    return toDomain(
        appointments.findByStatusAndStartAtGreaterThanEqualsAndStartAtLessThan(
            AppointmentStatus.BOOKED.name(),
            day.atStartOfDay(),
            day.plusDays(1).atStartOfDay(),
            AppointmentRows.BY_START));
  }

  @Override
  @Transactional(readOnly = true)
  public List<Appointment> search(Criteria c) {
    String phoneTail = null;
    if (c.phone() != null) {
      String digits = Formats.phoneDigits(c.phone());
      phoneTail =
          digits.length() <= PHONE_TAIL ? digits : digits.substring(digits.length() - PHONE_TAIL);
    }
    return appointments
        .search(
            c.reference() == null ? null : c.reference().value(),
            c.insz() == null ? null : c.insz().digits(),
            c.name() == null ? null : "%" + likeEscaped(c.name().toLowerCase(Locale.ROOT)) + "%",
            c.email() == null ? null : c.email().toLowerCase(Locale.ROOT),
            phoneTail,
            c.location() == null ? null : c.location().value(),
            latest(c.startsFrom(), c.day() == null ? null : c.day().atStartOfDay()),
            c.day() == null ? null : c.day().plusDays(1).atStartOfDay(),
            c.bookedOnly(),
            c.limit())
        .stream()
        .map(mapper::toAppointment)
        .filter(a -> c.phone() == null || Formats.samePhone(c.phone(), a.citizen().phone()))
        .toList();
  }

  /** How many of a phone number's last digits the database compares; Java compares the rest. */
  private static final int PHONE_TAIL = 8;

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  @Override
  public void insertBlock(DeskBlock block) {
    refusingOverlap(() -> blocks.save(mapper.toRow(block)));
  }

  @Override
  public boolean deleteBlock(LocationCode location, UUID id) {
    return blocks.deleteByIdAndLocationCode(id, location.value()) > 0;
  }

  @Override
  public void recordRelease(NationalNumber insz, Slot slot, LocalDateTime at) {
    releases.save(
        new SlotReleaseRow(
            null, insz.digits(), slot.location().value(), slot.start(), slot.end(), at));
  }

  @Override
  @Transactional(readOnly = true)
  public boolean releasedSince(NationalNumber insz, Slot slot, LocalDateTime since) {
    return releases.existsByCitizenInszAndLocationCodeAndStartAtAndReleasedAtGreaterThanEquals(
        insz.digits(), slot.location().value(), slot.start(), since);
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockClient(ClientId client) {
    locks.hold(Space.CLIENT, client.digest());
  }

  @Override
  @Transactional(readOnly = true)
  public int liveHolds(ClientId client, LocalDateTime now) {
    return Math.toIntExact(holds.countLive(client.digest(), now));
  }

  @Override
  @Transactional(readOnly = true)
  public boolean heldUntilRecently(
      ClientId client, Slot slot, LocalDateTime since, LocalDateTime now) {
    return holds.countEndedBetween(
            client.digest(), slot.location().value(), slot.start(), since, now)
        > 0;
  }

  private List<Appointment> toDomain(List<AppointmentRow> rows) {
    return rows.stream().map(mapper::toAppointment).toList();
  }

  /**
   * Runs a write of desk time, turning the exclusion constraint's refusal (PostgreSQL) into the
   * port's.
   */
  private static <T> T refusingOverlap(Supplier<T> write) {
    try {
      return write.get();
    } catch (DataAccessException e) {
      if (SqlStates.causedBy(e, SqlStates.EXCLUSION_VIOLATION)) {
        throw new DeskTimeTakenException(
            "the desk already has an appointment, hold or block at that time", e);
      }
      throw e;
    }
  }
}
