package be.loketopmaat.adapters.persistence.counter;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.persistence.jdbc.Concurrently;
import be.loketopmaat.adapters.persistence.jdbc.HeldTransaction;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.TicketRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.contract.TicketRepositoryContract;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.counter.TicketPurpose;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The JDBC ticket repository: the shared contract, and what only a repository shared by threads can
 * show, that concurrent draws get their own numbers and a locked queue makes others wait. Run on
 * each database by a subclass.
 */
abstract class JdbcTicketRepositoryContract extends TicketRepositoryContract {
  @Inject TicketRepository jdbcTickets;
  @Inject Transactions jdbcTransactions;
  @Inject TransactionOperations<Connection> operations;

  @Override
  protected Subject emptyRepository() {
    Tables.empty(operations, "ticket", "ticket_counter");
    return new Subject(jdbcTickets, jdbcTransactions);
  }

  @Test
  void ofConcurrentDrawsEachGetsItsOwnNumberWithoutGaps() throws InterruptedException {
    List<Integer> numbers = new CopyOnWriteArrayList<>();

    List<Throwable> outcomes =
        Concurrently.run(
            8,
            i ->
                numbers.add(
                    transactions.inTransaction(
                        () -> {
                          int number = tickets.nextNumber(PICKUP, TODAY);
                          tickets.insert(
                              Ticket.draw(
                                  PICKUP, number, EID_PICKUP, TicketPurpose.PICKUP, null, NOW));
                          return number;
                        })));

    assertThat(outcomes).containsOnlyNulls();
    assertThat(numbers)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 8).boxed().toList());
    assertThat(tickets.findByLocationAndDay(PICKUP, TODAY))
        .extracting(Ticket::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void aLockedQueueMakesDrawsOfThatLocationsDayWait() throws Exception {
    // The counter rows exist already, so that what makes others wait is the lock, not a row being
    // created.
    draw(PICKUP, TODAY);
    draw(OTHER, TODAY);
    try (HeldTransaction desk =
        HeldTransaction.start(transactions, () -> tickets.lockQueue(PICKUP, TODAY))) {
      CompletableFuture<Integer> sameQueue =
          HeldTransaction.meanwhile(transactions, () -> tickets.nextNumber(PICKUP, TODAY));
      int otherQueue =
          HeldTransaction.meanwhile(transactions, () -> tickets.nextNumber(OTHER, TODAY)).get();

      Thread.sleep(300);
      assertThat(sameQueue).isNotDone();
      assertThat(otherQueue).isEqualTo(2);

      desk.commit();
      assertThat(sameQueue.get()).isEqualTo(2);
    }
  }
}
