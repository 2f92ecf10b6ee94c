package be.loketopmaat.adapters.persistence.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.persistence.jdbc.Concurrently;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Call;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Entry;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Status;
import be.loketopmaat.application.port.out.federal.FeedPositions;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Document orders, the federal outbox and feed positions, as stored by the JDBC adapters; run on
 * each database by a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcDocumentPortsContract {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);
  static final LocationCode SAFE = new LocationCode("districtshuis-antwerpen");

  @Inject DocumentOrderStore orders;
  @Inject FederalOutbox outbox;
  @Inject FeedPositions positions;
  @Inject Transactions transactions;
  @Inject TransactionOperations<Connection> operations;

  @BeforeEach
  void empty() {
    Tables.empty(operations, "document_order", "federal_call", "feed_position");
  }

  static DocumentOrder order(String name) {
    return DocumentOrder.record(
        DocumentKind.EID,
        new ProductCode("eid-application"),
        new Citizen(new NationalNumber("85073100328"), name, null, "+32470123456", Language.FR),
        new LocationCode("districtshuis-deurne"),
        SAFE,
        true,
        "clerk-7",
        NOW);
  }

  @Test
  void anOrderComesBackAsItWasStored() {
    DocumentOrder order = order("Jeanne Dupont");
    orders.insert(order);

    assertThat(orders.find(order.id())).contains(order);
    assertThat(orders.find(UUID.randomUUID())).isEmpty();
  }

  @Test
  void aDrivingLicenceWithoutContactIsFoundByItsKindAndNumberOnly() {
    DocumentOrder licence =
        DocumentOrder.appliedElsewhere(
            DocumentKind.DRIVING_LICENCE,
            new ProductCode("driving-licence"),
            new Citizen(new NationalNumber("85073100328"), "Lea Claes", null, null, Language.FR),
            SAFE,
            "BD2026-000001",
            NOW);
    DocumentOrder eid = order("An").ordered("BD2026-000001");
    orders.insert(licence);
    orders.insert(eid);

    assertThat(orders.findByNumber(DocumentKind.DRIVING_LICENCE, "BD2026-000001"))
        .contains(licence);
    assertThat(orders.findByNumber(DocumentKind.EID, "BD2026-000001")).contains(eid);
    assertThat(orders.findByNumber(DocumentKind.DRIVING_LICENCE, "BD2026-000002")).isEmpty();
    assertThat(orders.findByNumber(DocumentKind.PASSPORT, "BD2026-000001")).isEmpty();
    DocumentOrder twice =
        DocumentOrder.appliedElsewhere(
            DocumentKind.DRIVING_LICENCE,
            new ProductCode("driving-licence"),
            licence.citizen(),
            SAFE,
            "BD2026-000001",
            NOW);
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      orders.insert(twice);
                      return null;
                    }))
        .as("one order per kind and number")
        .isInstanceOf(RuntimeException.class);
    assertThat(orders.find(twice.id())).isEmpty();
  }

  @Test
  void aChangeIsStoredOnlyOverTheStateItWasReadIn() {
    DocumentOrder order = order("An");
    orders.insert(order);
    DocumentOrder arrived =
        order.ordered("BP-9").reported(DocumentState.ARRIVED, NOW.plusDays(6), null);

    assertThat(orders.update(arrived, DocumentState.RECORDED)).isTrue();
    assertThat(orders.update(arrived.handOver(NOW.plusDays(7)), DocumentState.RECORDED))
        .as("read before the arrival was stored")
        .isFalse();
    assertThat(orders.find(order.id())).contains(arrived);
  }

  @Test
  void ofTwoConcurrentChangesFromOneStateExactlyOneIsStored() throws InterruptedException {
    DocumentOrder order = order("An").ordered("BP-1");
    orders.insert(order);
    List<Boolean> stored = Collections.synchronizedList(new ArrayList<>());

    List<Throwable> failures =
        Concurrently.run(
            8,
            i ->
                stored.add(
                    orders.update(
                        i % 2 == 0
                            ? order.cancel(NOW, "withdrawn " + i)
                            : order.reported(DocumentState.IN_PRODUCTION, NOW, null),
                        DocumentState.ORDERED)));

    assertThat(failures).allMatch(Objects::isNull);
    assertThat(stored).containsOnlyOnce(true);
  }

  @Test
  void anOrderReadForUpdateIsLockedUntilItsTransactionEnds() throws InterruptedException {
    DocumentOrder order = order("An");
    orders.insert(order);
    java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean firstDone =
        new java.util.concurrent.atomic.AtomicBoolean();
    List<Boolean> secondSawFirstDone = Collections.synchronizedList(new ArrayList<>());

    List<Throwable> failures =
        Concurrently.run(
            2,
            i -> {
              if (i == 0) {
                transactions.inTransaction(
                    () -> {
                      assertThat(orders.findForUpdate(order.id())).contains(order);
                      locked.countDown();
                      sleep(400);
                      firstDone.set(true);
                      return null;
                    });
              } else {
                await(locked);
                transactions.inTransaction(
                    () -> {
                      assertThat(orders.findForUpdate(order.id())).contains(order);
                      secondSawFirstDone.add(firstDone.get());
                      return null;
                    });
              }
            });

    assertThat(failures).allMatch(Objects::isNull);
    assertThat(secondSawFirstDone)
        .as("the second waited for the first to commit")
        .containsExactly(true);
    assertThat(transactions.inTransaction(() -> orders.findForUpdate(UUID.randomUUID()))).isEmpty();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theSafeListsWhatArrivedThereLongestFirst() {
    DocumentOrder early = order("Early");
    DocumentOrder late = order("Late");
    DocumentOrder notYet = order("Not yet");
    for (DocumentOrder o : List.of(late, early, notYet)) {
      orders.insert(o);
    }
    orders.update(
        early.reported(DocumentState.ARRIVED, NOW.plusDays(2), null), DocumentState.RECORDED);
    orders.update(
        late.reported(DocumentState.ARRIVED, NOW.plusDays(5), null), DocumentState.RECORDED);

    assertThat(orders.at(SAFE, DocumentState.ARRIVED, 10))
        .extracting(o -> o.citizen().name())
        .containsExactly("Early", "Late");
    assertThat(orders.at(SAFE, DocumentState.ARRIVED, 1)).hasSize(1);
    assertThat(orders.arrivedBefore(NOW.plusDays(3), 10))
        .extracting(o -> o.citizen().name())
        .containsExactly("Early");
    assertThat(orders.at(new LocationCode("elsewhere"), DocumentState.ARRIVED, 10)).isEmpty();
  }

  @Test
  void aCallIsQueuedOncePerSubject() {
    UUID subject = UUID.randomUUID();

    assertThat(outbox.enqueue(Call.ORDER_DOCUMENT, subject, NOW)).isTrue();
    assertThat(outbox.enqueue(Call.ORDER_DOCUMENT, subject, NOW)).isFalse();
    assertThat(outbox.enqueue(Call.ACTIVATE_DOCUMENT, subject, NOW)).isTrue();
    assertThat(outbox.count(Status.QUEUED)).isEqualTo(2);
  }

  @Test
  void aCallQueuedInATransactionThatFailsIsNotThere() {
    DocumentOrder order = order("An");

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      orders.insert(order);
                      outbox.enqueue(Call.ORDER_DOCUMENT, order.id(), NOW);
                      throw new IllegalStateException("the change fails");
                    }))
        .hasMessage("the change fails");

    assertThat(orders.find(order.id())).isEmpty();
    assertThat(outbox.count(Status.QUEUED)).isZero();
  }

  @Test
  void aClaimedCallIsLeasedUntilItIsMarked() {
    UUID subject = UUID.randomUUID();
    outbox.enqueue(Call.ORDER_DOCUMENT, subject, NOW);

    List<Entry> claimed = outbox.claimDue(NOW, NOW.plusMinutes(5), 10);
    assertThat(claimed).singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo(subject));
    assertThat(outbox.claimDue(NOW.plusMinutes(1), NOW.plusMinutes(6), 10)).isEmpty();

    outbox.markRetry(claimed.get(0).id(), 1, NOW.plusMinutes(2), "503 from the production");
    assertThat(outbox.claimDue(NOW.plusMinutes(1), NOW.plusMinutes(6), 10)).isEmpty();
    List<Entry> again = outbox.claimDue(NOW.plusMinutes(2), NOW.plusMinutes(7), 10);
    assertThat(again)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.attempts()).isEqualTo(1);
              assertThat(e.lastError()).isEqualTo("503 from the production");
            });

    outbox.markDone(again.get(0).id(), 2);
    assertThat(outbox.claimDue(NOW.plusDays(1), NOW.plusDays(2), 10)).isEmpty();
    assertThat(outbox.count(Status.DONE)).isEqualTo(1);
  }

  @Test
  void aDeadCallIsListedForStaff() {
    outbox.enqueue(Call.ORDER_DOCUMENT, UUID.randomUUID(), NOW);
    Entry claimed = outbox.claimDue(NOW, NOW.plusMinutes(5), 10).get(0);

    outbox.markDead(claimed.id(), 200, "x".repeat(5000));

    assertThat(outbox.list(Status.FAILED, 10))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.attempts()).isEqualTo(200);
              assertThat(e.lastError()).hasSize(1000);
            });
    assertThat(outbox.claimDue(NOW.plusDays(1), NOW.plusDays(2), 10)).isEmpty();

    assertThat(outbox.retry(claimed.id(), NOW.plusDays(1))).isTrue();
    assertThat(outbox.retry(claimed.id(), NOW.plusDays(1))).as("no longer failed").isFalse();
    assertThat(outbox.claimDue(NOW.plusDays(1), NOW.plusDays(2), 10))
        .singleElement()
        .satisfies(e -> assertThat(e.attempts()).isZero());
  }

  @Test
  void concurrentWorkersClaimEachCallOnce() throws InterruptedException {
    for (int i = 0; i < 40; i++) {
      outbox.enqueue(Call.ORDER_DOCUMENT, UUID.randomUUID(), NOW);
    }
    List<Long> claimed = Collections.synchronizedList(new ArrayList<>());

    List<Throwable> failures =
        Concurrently.run(
            4,
            i -> {
              for (int round = 0; round < 10; round++) {
                outbox.claimDue(NOW, NOW.plusMinutes(5), 3).forEach(e -> claimed.add(e.id()));
              }
            });

    assertThat(failures).allMatch(Objects::isNull);
    // H2 may hand a claim fewer rows while others hold locks (it limits before it skips): what is
    // left is claimed afterwards. The promise on both databases is "never twice".
    outbox.claimDue(NOW, NOW.plusMinutes(5), 100).forEach(e -> claimed.add(e.id()));
    assertThat(claimed).doesNotHaveDuplicates().hasSize(40);
  }

  @Test
  void aFeedPositionOnlyMovesForward() {
    assertThat(positions.position("document-production")).isZero();

    positions.advance("document-production", 12);
    positions.advance("document-production", 7);

    assertThat(positions.position("document-production")).isEqualTo(12);
    assertThat(positions.position("another-feed")).isZero();
  }
}
