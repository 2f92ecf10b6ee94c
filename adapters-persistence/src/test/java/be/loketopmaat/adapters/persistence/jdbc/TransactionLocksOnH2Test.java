package be.loketopmaat.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.persistence.jdbc.TransactionLocks.Space;
import be.loketopmaat.application.port.out.Transactions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The JVM's locks on the embedded database: held until the end, then let go and forgotten. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionLocksOnH2Test implements TestPropertyProvider {
  @Inject TransactionLocks locks;
  @Inject Transactions transactions;

  @Override
  public Map<String, String> getProperties() {
    return DatabaseProperties.h2("persistence_transaction_locks");
  }

  @Test
  void aLockIsKeptOnlyWhileSomeoneHoldsItOrWaitsForIt() throws Exception {
    CompletableFuture<String> waiter;
    try (HeldTransaction held =
        HeldTransaction.start(
            transactions,
            () -> {
              locks.hold(Space.CITIZEN, "85073003328");
              locks.hold(Space.CITIZEN, "85073003328"); // again, in the same transaction
              locks.hold(Space.DESK_DAY, "hub|desk-1|2027-03-02");
            })) {
      waiter =
          HeldTransaction.meanwhile(
              transactions,
              () -> {
                locks.hold(Space.CITIZEN, "85073003328");
                return "locked";
              });
      Thread.sleep(300);
      assertThat(waiter).isNotDone();
      assertThat(locks.inProcessLocksKept()).isEqualTo(2);

      held.commit();
      assertThat(waiter.get()).isEqualTo("locked");
    }
    assertThat(locks.inProcessLocksKept()).as("none held, none waited for").isZero();
  }

  @Test
  void aLockOutsideATransactionIsRefused() {
    assertThatThrownBy(() -> locks.hold(Space.CLIENT, "a client"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("transaction");
  }
}
