package be.loketopmaat.adapters.persistence.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.ParkingPermitStore;
import be.loketopmaat.application.port.out.Transactions;
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
import be.loketopmaat.domain.parking.RenewalRule;
import be.loketopmaat.domain.population.NisCode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Parking permits and the renewal decisions as the JDBC adapter stores them; one subclass a
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcParkingPermitStoreContract {
  static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 4, 2, 0);
  static final LocalDate UNTIL = LocalDate.of(2027, 1, 31);
  static final NationalNumber AN = new NationalNumber("85073100328");
  static final NationalNumber BART = new NationalNumber("87041200535");

  @Inject ParkingPermitStore store;
  @Inject Transactions transactions;
  @Inject TransactionOperations<Connection> operations;

  @BeforeEach
  void empty() {
    Tables.empty(operations, "parking_decision", "parking_permit");
  }

  static ParkingPermit permit(NationalNumber holder, LocalDate until) {
    return ParkingPermit.grant(
        new Citizen(holder, "An Peeters", null, "+32470123456", Language.FR),
        new Address("Lange Nieuwstraat 7", "2000", "Antwerpen"),
        List.of(holder.equals(AN) ? BART : AN),
        new LicencePlate("1-ABC-234"),
        "A1",
        until.minusYears(1).plusDays(1),
        until,
        "clerk-7",
        NOW);
  }

  @Test
  void aPermitComesBackAsItWasStored() {
    ParkingPermit permit = permit(AN, UNTIL);
    store.insert(List.of(permit));

    assertThat(store.find(permit.id())).contains(permit);
    assertThat(store.find(permit.id()).orElseThrow().household()).containsExactly(AN, BART);
    assertThat(store.find(UUID.randomUUID())).isEmpty();
  }

  @Test
  void theDuePermitsComeByIdPageAfterPageAndOnlyActiveOnesEndingByTheHorizon() {
    List<ParkingPermit> permits = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      permits.add(permit(i % 2 == 0 ? AN : BART, UNTIL.plusDays(i)));
    }
    store.insert(permits);
    ParkingPermit invited = permits.get(0);
    assertThat(store.update(invited.invited(), invited.validUntil())).isTrue();

    LocalDate horizon = UNTIL.plusDays(19);
    List<ParkingPermit> seen = new ArrayList<>();
    UUID after = null;
    for (List<ParkingPermit> page = store.due(horizon, null, 7);
        !page.isEmpty();
        page = store.due(horizon, after, 7)) {
      assertThat(page.size()).isLessThanOrEqualTo(7);
      seen.addAll(page);
      after = page.get(page.size() - 1).id();
    }

    assertThat(seen)
        .extracting(ParkingPermit::id)
        .containsExactlyInAnyOrderElementsOf(
            permits.subList(1, 20).stream().map(ParkingPermit::id).toList())
        .doesNotHaveDuplicates();
  }

  @Test
  void aPermitAndPeriodIsDecidedOnceAndTheUpdateNeedsThePeriodItWasReadWith() {
    ParkingPermit permit = permit(AN, UNTIL);
    store.insert(List.of(permit));
    RenewalDecision invite =
        RenewalRule.invite(permit, InvitationReason.MOVED, NOW.toLocalDate(), "run", NOW);
    RenewalDecision renew =
        new RenewalRule(NisCode.ANTWERP)
            .decide(permit, Optional.empty(), NOW.toLocalDate(), "run", NOW);

    assertThat(store.recordDecision(invite)).isTrue();
    assertThat(store.recordDecision(renew)).isFalse();
    assertThat(store.update(permit.renewed(), UNTIL)).isTrue();
    assertThat(store.update(permit.renewed(), UNTIL)).isFalse();
    ParkingPermit renewed = store.find(permit.id()).orElseThrow();
    assertThat(renewed.validUntil()).isEqualTo(UNTIL.plusYears(1));
    assertThat(renewed.state()).isEqualTo(PermitState.ACTIVE);

    assertThat(store.decisions(NOW.toLocalDate(), null, 10)).containsExactly(invite);
    assertThat(store.decisions(NOW.toLocalDate(), RenewalOutcome.RENEWED, 10)).isEmpty();
    assertThat(store.decisions(NOW.toLocalDate().plusDays(1), null, 10)).isEmpty();
  }

  @Test
  void thePermitsThatEndedBeforeADayGoWithTheirDecisions() {
    ParkingPermit ended = permit(AN, UNTIL.minusYears(1));
    ParkingPermit running = permit(BART, UNTIL);
    store.insert(List.of(ended, running));
    store.recordDecision(
        RenewalRule.invite(ended, InvitationReason.MOVED, NOW.toLocalDate(), "run", NOW));

    assertThat(store.deleteEndedBefore(UNTIL.minusYears(1).plusDays(1))).isEqualTo(1);

    assertThat(store.find(ended.id())).isEmpty();
    assertThat(store.find(running.id())).isPresent();
    assertThat(store.decisions(NOW.toLocalDate(), null, 10)).isEmpty();
  }

  @Test
  void twoRunsAtOnceRecordOneDecision() throws Exception {
    ParkingPermit permit = permit(BART, UNTIL);
    store.insert(List.of(permit));
    RenewalDecision decision =
        RenewalRule.invite(permit, InvitationReason.DECEASED, NOW.toLocalDate(), "run", NOW);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(() -> transactions.inTransaction(() -> store.recordDecision(decision)));
      }
      int recorded = 0;
      for (Future<Boolean> run : pool.invokeAll(runs)) {
        recorded += run.get() ? 1 : 0;
      }
      assertThat(recorded).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.decisions(NOW.toLocalDate(), RenewalOutcome.INVITED, 10)).hasSize(1);
  }

  @Test
  void aDecisionWithoutItsExplanationIsRefusedByTheDatabaseToo() {
    ParkingPermit permit = permit(AN, UNTIL);
    store.insert(List.of(permit));
    assertThatThrownBy(
            () ->
                operations.executeWrite(
                    status ->
                        status
                            .getConnection()
                            .createStatement()
                            .executeUpdate(
                                "INSERT INTO parking_decision (permit_id, period_end, outcome,"
                                    + " run_date, decided_by, decided_at) VALUES ('"
                                    + permit.id()
                                    + "', DATE '2027-01-31', 'INVITED', DATE '2027-01-04', 'x',"
                                    + " TIMESTAMP '2027-01-04 02:00:00')")))
        .isInstanceOf(java.sql.SQLException.class);
  }
}
