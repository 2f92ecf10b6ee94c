package be.loketopmaat.adapters.persistence.renewal;

import be.loketopmaat.application.port.out.SummonsStore;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.renewal.Summons;
import be.loketopmaat.domain.renewal.SummonsOutcome;
import be.loketopmaat.domain.renewal.SummonsReason;
import be.loketopmaat.domain.renewal.SummonsState;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Summonses in {@code eid_summons}; a change joins the caller's transaction. The unique {@code
 * (citizen_insz, card_valid_until, summons_key)} keeps one summons per holder and card (and one
 * skip per card and run day), also between runs on two instances.
 */
@Singleton
@Transactional
public class JdbcSummonsStore implements SummonsStore {
  static final String SUMMONED = "SUMMONED";

  private final SummonsRows rows;

  JdbcSummonsStore(SummonsRows rows) {
    this.rows = rows;
  }

  @Override
  public boolean insert(Summons s) {
    Address home = s.residence();
    Slot slot = s.slot();
    return rows.insertIfAbsent(
            s.id(),
            s.insz().digits(),
            s.cardNumber(),
            s.cardValidUntil(),
            s.outcome() == SummonsOutcome.SKIPPED ? s.runDate().toString() : SUMMONED,
            s.runDate(),
            s.outcome().name(),
            s.reason() == null ? null : s.reason().name(),
            s.state().name(),
            s.name(),
            s.language().name(),
            s.email(),
            s.phone(),
            home == null ? null : home.street(),
            home == null ? null : home.postalCode(),
            home == null ? null : home.municipality(),
            slot == null ? null : slot.location().value(),
            slot == null ? null : slot.start(),
            slot == null ? null : slot.end(),
            s.hold(),
            s.keptUntil(),
            s.tokenHash(),
            s.appointment() == null ? null : s.appointment().value(),
            s.decidedBy(),
            s.decidedAt(),
            s.closedAt())
        == 1;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean decided(NationalNumber insz, LocalDate cardValidUntil, LocalDate runDate) {
    return rows.countDecided(insz.digits(), cardValidUntil, runDate.toString()) > 0;
  }

  @Override
  @Transactional(readOnly = true)
  public int keptOn(LocationCode location, LocalDate day, LocalDateTime now) {
    return (int)
        rows.countKept(location.value(), day.atStartOfDay(), day.plusDays(1).atStartOfDay(), now);
  }

  @Override
  public Optional<Summons> findByTokenForUpdate(String tokenHash) {
    return rows.findByTokenForUpdate(tokenHash).map(JdbcSummonsStore::toSummons);
  }

  @Override
  public Optional<Summons> findForUpdate(UUID id) {
    return rows.findForUpdate(id).map(JdbcSummonsStore::toSummons);
  }

  @Override
  public void update(Summons summons) {
    long updated =
        rows.updateState(
            summons.id(),
            summons.state().name(),
            summons.appointment() == null ? null : summons.appointment().value(),
            summons.closedAt());
    if (updated != 1) {
      throw new IllegalStateException("no summons " + summons.id() + " to update");
    }
  }

  @Override
  @Transactional(readOnly = true)
  public List<Summons> lapsed(LocalDateTime now, int limit) {
    return rows.lapsed(now, limit).stream().map(JdbcSummonsStore::toSummons).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Summons> decisions(LocalDate runDate, SummonsOutcome outcome, int limit) {
    List<SummonsRow> found =
        outcome == null ? rows.of(runDate, limit) : rows.of(runDate, outcome.name(), limit);
    return found.stream().map(JdbcSummonsStore::toSummons).toList();
  }

  @Override
  public int deleteCardsEndedBefore(LocalDate day) {
    return (int) rows.deleteCardsEndedBefore(day);
  }

  private static Summons toSummons(SummonsRow row) {
    return new Summons(
        row.id(),
        new NationalNumber(row.citizenInsz()),
        row.cardNumber(),
        row.cardValidUntil(),
        row.runDate(),
        SummonsOutcome.valueOf(row.outcome()),
        row.reason() == null ? null : SummonsReason.valueOf(row.reason()),
        SummonsState.valueOf(row.state()),
        row.holderName(),
        Language.valueOf(row.holderLanguage()),
        row.holderEmail(),
        row.holderPhone(),
        row.street() == null
            ? null
            : new Address(row.street(), row.postalCode(), row.municipality()),
        row.locationCode() == null
            ? null
            : new Slot(new LocationCode(row.locationCode()), row.slotStart(), row.slotEnd()),
        row.holdId(),
        row.keptUntil(),
        row.tokenHash(),
        row.appointmentReference() == null
            ? null
            : new AppointmentReference(row.appointmentReference()),
        row.decidedBy(),
        row.decidedAt(),
        row.closedAt());
  }
}
