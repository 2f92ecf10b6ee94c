package be.loketopmaat.adapters.persistence.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.persistence.jdbc.Concurrently;
import be.loketopmaat.adapters.persistence.jdbc.HeldTransaction;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.out.TicketRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link TicketRepository} must do; run against each database by a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TicketRepositoryContract {
  static final LocationCode PICKUP = new LocationCode("stadskantoor");
  static final LocationCode OTHER = new LocationCode("districtshuis-deurne");
  static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 2, 9, 15);
  static final LocalDate TODAY = NOW.toLocalDate();
  static final ProductCode EID_PICKUP = new ProductCode("eid-pickup");

  @Inject TicketRepository tickets;
  @Inject Transactions transactions;
  @Inject TransactionOperations<Connection> operations;

  @BeforeEach
  void startEmpty() {
    Tables.empty(operations, "ticket", "ticket_counter");
  }

  @Test
  void numbersStartAtOneForEachLocationAndDay() {
    assertThat(draw(PICKUP, TODAY)).isEqualTo(1);
    assertThat(draw(PICKUP, TODAY)).isEqualTo(2);
    assertThat(draw(OTHER, TODAY)).isEqualTo(1);
    assertThat(draw(PICKUP, TODAY.plusDays(1))).isEqualTo(1);
    assertThat(draw(PICKUP, TODAY)).isEqualTo(3);
  }

  @Test
  void aDrawThatRollsBackLeavesNoGap() {
    draw(PICKUP, TODAY);
    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      tickets.nextNumber(PICKUP, TODAY);
      throw new IllegalStateException("printing the ticket failed");
    })).hasMessage("printing the ticket failed");

    assertThat(draw(PICKUP, TODAY)).isEqualTo(2);
  }

  @Test
  void lockingTheQueueGivesNoNumber() {
    transactions.inTransaction(() -> {
      tickets.lockQueue(PICKUP, TODAY);
      return null;
    });

    assertThat(draw(PICKUP, TODAY)).isEqualTo(1);
  }

  @Test
  void givesBackAnInsertedTicketWhole() {
    Ticket ticket = Ticket.draw(PICKUP, 1, EID_PICKUP, NOW);

    tickets.insert(ticket);

    assertThat(tickets.findById(ticket.id())).contains(ticket);
    assertThat(tickets.findById(UUID.randomUUID())).isEmpty();
  }

  @Test
  void refusesANumberGivenBeforeThatDay() {
    tickets.insert(Ticket.draw(PICKUP, 1, EID_PICKUP, NOW));

    assertThatThrownBy(() -> tickets.insert(Ticket.draw(PICKUP, 1, EID_PICKUP, NOW.plusMinutes(1))))
        .isInstanceOfSatisfying(AlreadyExistsException.class, e -> assertThat(e.kind()).isEqualTo("ticket"));
    tickets.insert(Ticket.draw(PICKUP, 1, EID_PICKUP, NOW.plusDays(1)));
    tickets.insert(Ticket.draw(OTHER, 1, EID_PICKUP, NOW));
  }

  @Test
  void storesACallAndTheEndOfTheVisit() {
    Ticket ticket = Ticket.draw(PICKUP, 1, EID_PICKUP, NOW);
    tickets.insert(ticket);

    Ticket called = ticket.call("desk-a", NOW.plusMinutes(3));
    tickets.update(called);
    assertThat(tickets.findById(ticket.id())).contains(called);

    Ticket served = called.close(true, NOW.plusMinutes(9));
    tickets.update(served);
    assertThat(tickets.findById(ticket.id())).contains(served);
  }

  @Test
  void updateOfAnUnknownTicketCreatesNothing() {
    Ticket never = Ticket.draw(PICKUP, 1, EID_PICKUP, NOW);

    assertThatThrownBy(() -> tickets.update(never)).isInstanceOf(NotFoundException.class);
    assertThat(tickets.findById(never.id())).isEmpty();
  }

  @Test
  void listsADaysTicketsAtALocationByNumber() {
    Ticket third = Ticket.draw(PICKUP, 3, EID_PICKUP, NOW.plusMinutes(2));
    Ticket first = Ticket.draw(PICKUP, 1, EID_PICKUP, NOW);
    Ticket second = Ticket.draw(PICKUP, 2, EID_PICKUP, NOW.plusMinutes(1));
    List.of(third, first, second,
        Ticket.draw(PICKUP, 1, EID_PICKUP, NOW.plusDays(1)),
        Ticket.draw(OTHER, 1, EID_PICKUP, NOW)).forEach(tickets::insert);

    assertThat(tickets.findByLocationAndDay(PICKUP, TODAY)).containsExactly(first, second, third);
  }

  @Test
  void ofConcurrentDrawsEachGetsItsOwnNumberWithoutGaps() throws InterruptedException {
    List<Integer> numbers = new CopyOnWriteArrayList<>();

    List<Throwable> outcomes = Concurrently.run(8, i -> numbers.add(transactions.inTransaction(() -> {
      int number = tickets.nextNumber(PICKUP, TODAY);
      tickets.insert(Ticket.draw(PICKUP, number, EID_PICKUP, NOW));
      return number;
    })));

    assertThat(outcomes).containsOnlyNulls();
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 8).boxed().toList());
    assertThat(tickets.findByLocationAndDay(PICKUP, TODAY)).extracting(Ticket::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void aLockedQueueMakesDrawsOfThatLocationsDayWait() throws Exception {
    // The counter rows exist already, so that what makes others wait is the lock, not a row being created.
    draw(PICKUP, TODAY);
    draw(OTHER, TODAY);
    try (HeldTransaction desk = HeldTransaction.start(transactions, () -> tickets.lockQueue(PICKUP, TODAY))) {
      CompletableFuture<Integer> sameQueue = HeldTransaction.meanwhile(transactions,
          () -> tickets.nextNumber(PICKUP, TODAY));
      int otherQueue = HeldTransaction.meanwhile(transactions, () -> tickets.nextNumber(OTHER, TODAY)).get();

      Thread.sleep(300);
      assertThat(sameQueue).isNotDone();
      assertThat(otherQueue).isEqualTo(2);

      desk.commit();
      assertThat(sameQueue.get()).isEqualTo(2);
    }
  }

  @Test
  void locksTheQueueOnlyInsideATransaction() {
    assertThatThrownBy(() -> tickets.lockQueue(PICKUP, TODAY)).hasMessageContaining("transaction");
  }

  private int draw(LocationCode location, LocalDate day) {
    return transactions.inTransaction(() -> tickets.nextNumber(location, day));
  }
}
