package be.loketopmaat.adapters.persistence.homevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.persistence.jdbc.HeldTransaction;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.HomeVisitStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.homevisit.HomeVisit;
import be.loketopmaat.domain.homevisit.HomeVisitPurpose;
import be.loketopmaat.domain.homevisit.HomeVisitState;
import be.loketopmaat.domain.homevisit.TeamCode;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Home visits as the JDBC adapter stores them; run on each database by a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcHomeVisitStoreContract {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 8, 0);
  static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
  static final TeamCode TEAM = new TeamCode("mobile-antwerpen");
  static final Citizen CITIZEN =
      new Citizen(
          new NationalNumber("85073100328"), "Jeanne Dupont", null, "+32470123456", Language.FR);

  @Inject HomeVisitStore visits;
  @Inject DocumentOrderStore orders;
  @Inject Transactions transactions;
  @Inject TransactionOperations<Connection> operations;

  @BeforeEach
  void empty() {
    Tables.empty(operations, "home_visit", "federal_call", "document_order");
  }

  static HomeVisit visit(TeamCode team, LocalTime start, HomeVisitPurpose purpose, UUID order) {
    return HomeVisit.plan(
        team,
        TUESDAY,
        start,
        30,
        purpose,
        DocumentKind.EID,
        new ProductCode("eid-application"),
        CITIZEN,
        new Address("Lange Leemstraat 5", "2018", "Antwerpen"),
        "code 1234 at the door",
        order,
        "agent-1",
        NOW);
  }

  private DocumentOrder storedOrder() {
    DocumentOrder order =
        DocumentOrder.record(
            DocumentKind.EID,
            new ProductCode("eid-application"),
            CITIZEN,
            new LocationCode("districtshuis-antwerpen"),
            new LocationCode("districtshuis-antwerpen"),
            false,
            "clerk-1",
            NOW);
    orders.insert(order);
    return order;
  }

  @Test
  void aTeamsDayLockMakesOthersWaitForThatTeamAndDayOnly() throws Exception {
    TeamCode other = new TeamCode("mobile-berchem");
    try (HeldTransaction held =
        HeldTransaction.start(transactions, () -> visits.lockDay(TEAM, TUESDAY))) {
      CompletableFuture<String> sameDay =
          HeldTransaction.meanwhile(
              transactions,
              () -> {
                visits.lockDay(TEAM, TUESDAY);
                return "locked";
              });
      String elsewhere =
          HeldTransaction.meanwhile(
                  transactions,
                  () -> {
                    visits.lockDay(other, TUESDAY);
                    visits.lockDay(TEAM, TUESDAY.plusDays(1));
                    return "locked";
                  })
              .get();

      Thread.sleep(300);
      assertThat(sameDay).isNotDone();
      assertThat(elsewhere).isEqualTo("locked");

      held.commit();
      assertThat(sameDay.get()).isEqualTo("locked");
    }
    assertThatThrownBy(() -> visits.lockDay(TEAM, TUESDAY))
        .as("a lock outside a transaction would be released at once")
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void aVisitComesBackAsItWasStoredAndMovesOnOnlyFromTheStateItWasReadIn() {
    HomeVisit planned = visit(TEAM, LocalTime.of(9, 15), HomeVisitPurpose.APPLICATION, null);
    visits.insert(planned);
    assertThat(visits.find(planned.id())).contains(planned);
    assertThat(visits.find(UUID.randomUUID())).isEmpty();

    DocumentOrder order = storedOrder();
    HomeVisit done = planned.captured(order.id(), NOW.plusDays(1));
    assertThat(visits.update(done, HomeVisitState.PLANNED)).isTrue();
    assertThat(visits.find(planned.id())).contains(done);
    assertThat(visits.update(planned.missed("late", NOW), HomeVisitState.PLANNED)).isFalse();
    assertThat(visits.find(planned.id())).contains(done);
    assertThat(visits.forDocument(order.id())).containsExactly(done);
  }

  @Test
  void aTeamsDayListsItsVisitsByStartAndNoOtherTeamsOrDays() {
    HomeVisit late = visit(TEAM, LocalTime.of(11, 0), HomeVisitPurpose.APPLICATION, null);
    HomeVisit early = visit(TEAM, LocalTime.of(9, 15), HomeVisitPurpose.APPLICATION, null);
    HomeVisit otherTeam =
        visit(new TeamCode("mobile-zuid"), LocalTime.of(9, 0), HomeVisitPurpose.APPLICATION, null);
    visits.insert(late);
    visits.insert(early);
    visits.insert(otherTeam);
    assertThat(visits.onDay(TEAM, TUESDAY)).containsExactly(early, late);
    assertThat(visits.onDay(TEAM, TUESDAY.plusDays(1))).isEmpty();
  }

  @Test
  void aDeliveryNamesItsDocumentAndADayIsLockedOnlyInATransaction() {
    DocumentOrder order = storedOrder();
    HomeVisit delivery = visit(TEAM, LocalTime.of(10, 0), HomeVisitPurpose.DELIVERY, order.id());
    visits.insert(delivery);
    assertThat(visits.forDocument(order.id())).containsExactly(delivery);
    assertThat(visits.forDocument(UUID.randomUUID())).isEmpty();

    transactions.inTransaction(
        () -> {
          visits.lockDay(TEAM, TUESDAY);
          visits.lockDay(TEAM, TUESDAY); // taken again by the same transaction: no wait
          return null;
        });
    assertThatThrownBy(() -> visits.lockDay(TEAM, TUESDAY)).isInstanceOf(RuntimeException.class);
  }
}
