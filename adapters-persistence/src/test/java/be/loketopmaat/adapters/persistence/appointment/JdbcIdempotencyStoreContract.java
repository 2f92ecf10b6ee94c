package be.loketopmaat.adapters.persistence.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.persistence.jdbc.Concurrently;
import be.loketopmaat.adapters.persistence.jdbc.HeldTransaction;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.IdempotencyStore;
import be.loketopmaat.application.port.out.IdempotencyStore.KeyClaimedException;
import be.loketopmaat.application.port.out.IdempotencyStore.Stored;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.contract.IdempotencyStoreContract;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The JDBC idempotency store: the shared contract, and what only a store shared by threads can
 * show, that a concurrent claim of one key waits for the first and exactly one wins. Run on each
 * database by a subclass.
 */
abstract class JdbcIdempotencyStoreContract extends IdempotencyStoreContract {
  @Inject IdempotencyStore jdbcStore;
  @Inject Transactions jdbcTransactions;
  @Inject TransactionOperations<Connection> operations;

  @Override
  protected Subject emptyStore() {
    Tables.empty(operations, "idempotency_key");
    return new Subject(jdbcStore, jdbcTransactions);
  }

  @Test
  void aConcurrentClaimWaitsForTheFirstAndFailsWhenItCommits() throws Exception {
    try (HeldTransaction first =
        HeldTransaction.start(transactions, () -> store.claim("app", "key-1", "first", AT))) {
      CompletableFuture<Object> second =
          HeldTransaction.meanwhile(
              transactions,
              () -> {
                store.claim("app", "key-1", "second", AT);
                return null;
              });

      Thread.sleep(300);
      assertThat(second).isNotDone();

      first.commit();
      assertThatThrownBy(second::get)
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(KeyClaimedException.class);
    }
    assertThat(store.find("app", "key-1")).map(Stored::fingerprint).contains("first");
  }

  @Test
  void aConcurrentClaimWaitsForTheFirstAndTakesTheKeyWhenItRollsBack() throws Exception {
    try (HeldTransaction first =
        HeldTransaction.start(transactions, () -> store.claim("app", "key-1", "first", AT))) {
      CompletableFuture<Object> second =
          HeldTransaction.meanwhile(
              transactions,
              () -> {
                store.claim("app", "key-1", "second", AT);
                return "claimed";
              });

      Thread.sleep(300);
      assertThat(second).isNotDone();

      first.rollBack();
      assertThat(second.get()).isEqualTo("claimed");
    }
    assertThat(store.find("app", "key-1")).map(Stored::fingerprint).contains("second");
  }

  @Test
  void ofConcurrentClaimsOfOneKeyExactlyOneWins() throws InterruptedException {
    List<Throwable> outcomes =
        Concurrently.run(
            8,
            i ->
                transactions.inTransaction(
                    () -> {
                      store.claim("app", "key-1", "claim " + i, AT);
                      return null;
                    }));

    assertThat(outcomes).filteredOn(Objects::isNull).hasSize(1);
    assertThat(outcomes)
        .filteredOn(Objects::nonNull)
        .hasSize(7)
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(KeyClaimedException.class));
    assertThat(Tables.rows(operations, "idempotency_key")).isEqualTo(1);
  }
}
