package be.loketopmaat.adapters.persistence.parking;

import be.loketopmaat.application.port.out.ParkingPermitStore;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.parking.InvitationReason;
import be.loketopmaat.domain.parking.LicencePlate;
import be.loketopmaat.domain.parking.ParkingPermit;
import be.loketopmaat.domain.parking.PermitState;
import be.loketopmaat.domain.parking.RenewalDecision;
import be.loketopmaat.domain.parking.RenewalOutcome;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Permits in {@code parking_permit}, decisions in {@code parking_decision}; a change joins the
 * caller's transaction. The unique {@code (permit_id, period_end)} keeps one decision per permit
 * and period, also between runs on two instances.
 */
@Singleton
@Transactional
public class JdbcParkingPermitStore implements ParkingPermitStore {
  private static final Pattern COMMA = Pattern.compile(",");
  private static final UUID FIRST = new UUID(0L, 0L);

  private final ParkingPermitRows permits;
  private final ParkingDecisionRows decisions;

  JdbcParkingPermitStore(ParkingPermitRows permits, ParkingDecisionRows decisions) {
    this.permits = permits;
    this.decisions = decisions;
  }

  @Override
  public void insert(List<ParkingPermit> added) {
    permits.saveAll(added.stream().map(JdbcParkingPermitStore::toRow).toList());
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ParkingPermit> find(UUID id) {
    return permits.findById(id).map(JdbcParkingPermitStore::toPermit);
  }

  @Override
  @Transactional(readOnly = true)
  public List<ParkingPermit> due(LocalDate horizonEnd, UUID after, int limit) {
    return permits.due(horizonEnd, after == null ? FIRST : after, limit).stream()
        .map(JdbcParkingPermitStore::toPermit)
        .toList();
  }

  @Override
  public boolean recordDecision(RenewalDecision decision) {
    return decisions.insertIfAbsent(
            decision.permit(),
            decision.periodEnd(),
            decision.outcome().name(),
            decision.reason() == null ? null : decision.reason().name(),
            decision.renewedUntil(),
            decision.runDate(),
            decision.decidedBy(),
            decision.decidedAt())
        == 1;
  }

  @Override
  public boolean update(ParkingPermit permit, LocalDate expectedUntil) {
    return permits.updateFrom(
            permit.id(),
            expectedUntil,
            permit.validFrom(),
            permit.validUntil(),
            permit.state().name())
        == 1;
  }

  @Override
  public int deleteEndedBefore(LocalDate day) {
    return (int) permits.deleteEndedBefore(day);
  }

  @Override
  @Transactional(readOnly = true)
  public List<RenewalDecision> decisions(LocalDate runDate, RenewalOutcome outcome, int limit) {
    List<ParkingDecisionRow> rows =
        outcome == null
            ? decisions.of(runDate, limit)
            : decisions.of(runDate, outcome.name(), limit);
    return rows.stream().map(JdbcParkingPermitStore::toDecision).toList();
  }

  private static ParkingPermitRow toRow(ParkingPermit permit) {
    Citizen holder = permit.holder();
    return new ParkingPermitRow(
        permit.id(),
        holder.insz().digits(),
        holder.name(),
        holder.email(),
        holder.phone(),
        holder.language().name(),
        permit.address().street(),
        permit.address().postalCode(),
        permit.address().municipality(),
        permit.household().stream().map(NationalNumber::digits).collect(Collectors.joining(",")),
        permit.plate().value(),
        permit.zone(),
        permit.validFrom(),
        permit.validUntil(),
        permit.state().name(),
        permit.registeredBy(),
        permit.registeredAt());
  }

  private static ParkingPermit toPermit(ParkingPermitRow row) {
    return new ParkingPermit(
        row.id(),
        new Citizen(
            new NationalNumber(row.holderInsz()),
            row.holderName(),
            row.holderEmail(),
            row.holderPhone(),
            Language.valueOf(row.holderLanguage())),
        new Address(row.street(), row.postalCode(), row.municipality()),
        Arrays.stream(COMMA.split(row.household())).map(NationalNumber::new).toList(),
        new LicencePlate(row.plate()),
        row.zone(),
        row.validFrom(),
        row.validUntil(),
        PermitState.valueOf(row.state()),
        row.registeredBy(),
        row.registeredAt());
  }

  private static RenewalDecision toDecision(ParkingDecisionRow row) {
    return new RenewalDecision(
        row.permitId(),
        row.periodEnd(),
        RenewalOutcome.valueOf(row.outcome()),
        row.reason() == null ? null : InvitationReason.valueOf(row.reason()),
        row.renewedUntil(),
        row.runDate(),
        row.decidedBy(),
        row.decidedAt());
  }
}
