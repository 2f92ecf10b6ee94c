package be.loketopmaat.adapters.persistence.homevisit;

import be.loketopmaat.adapters.persistence.jdbc.TransactionLocks;
import be.loketopmaat.adapters.persistence.jdbc.TransactionLocks.Space;
import be.loketopmaat.application.port.out.HomeVisitStore;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.homevisit.HomeVisit;
import be.loketopmaat.domain.homevisit.HomeVisitPurpose;
import be.loketopmaat.domain.homevisit.HomeVisitState;
import be.loketopmaat.domain.homevisit.TeamCode;
import be.loketopmaat.domain.location.Address;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Home visits in {@code home_visit}; a change joins the caller's transaction. */
@Singleton
@Transactional
public class JdbcHomeVisitStore implements HomeVisitStore {
  private final HomeVisitRows rows;
  private final TransactionLocks locks;

  JdbcHomeVisitStore(HomeVisitRows rows, TransactionLocks locks) {
    this.rows = rows;
    this.locks = locks;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockDay(TeamCode team, LocalDate day) {
    locks.hold(Space.TEAM_DAY, team.value() + "|" + day);
  }

  @Override
  public void insert(HomeVisit visit) {
    Citizen citizen = visit.citizen();
    Address address = visit.address();
    rows.save(
        new HomeVisitRow(
            visit.id(),
            visit.team().value(),
            visit.day(),
            visit.start(),
            visit.minutes(),
            visit.purpose().name(),
            visit.kind().name(),
            visit.product().value(),
            citizen.insz().digits(),
            citizen.name(),
            citizen.email(),
            citizen.phone(),
            citizen.language().name(),
            address.street(),
            address.postalCode(),
            address.municipality(),
            visit.note(),
            visit.documentOrderId(),
            visit.state().name(),
            visit.plannedBy(),
            visit.plannedAt(),
            visit.endedAt(),
            visit.endReason()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<HomeVisit> find(UUID id) {
    return rows.findById(id).map(JdbcHomeVisitStore::toVisit);
  }

  @Override
  public boolean update(HomeVisit visit, HomeVisitState expected) {
    return rows.updateFrom(
            visit.id(),
            expected.name(),
            visit.state().name(),
            visit.documentOrderId(),
            visit.endedAt(),
            visit.endReason())
        == 1;
  }

  @Override
  @Transactional(readOnly = true)
  public List<HomeVisit> onDay(TeamCode team, LocalDate day) {
    return rows.onDay(team.value(), day).stream().map(JdbcHomeVisitStore::toVisit).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<HomeVisit> forDocument(UUID documentOrderId) {
    return rows.forDocument(documentOrderId).stream().map(JdbcHomeVisitStore::toVisit).toList();
  }

  private static HomeVisit toVisit(HomeVisitRow row) {
    return new HomeVisit(
        row.id(),
        new TeamCode(row.team()),
        row.day(),
        row.start(),
        row.minutes(),
        HomeVisitPurpose.valueOf(row.purpose()),
        DocumentKind.valueOf(row.kind()),
        new ProductCode(row.productCode()),
        new Citizen(
            new NationalNumber(row.citizenInsz()),
            row.citizenName(),
            row.citizenEmail(),
            row.citizenPhone(),
            Language.valueOf(row.citizenLanguage())),
        new Address(row.street(), row.postalCode(), row.municipality()),
        row.note(),
        row.documentOrderId(),
        HomeVisitState.valueOf(row.state()),
        row.plannedBy(),
        row.plannedAt(),
        row.endedAt(),
        row.endReason());
  }
}
