package be.loketopmaat.adapters.persistence.jdbc;

import be.loketopmaat.application.port.out.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * One database transaction around the work: the JDBC repositories join it, and everything is rolled
 * back when the work throws. A transaction the database chose as a deadlock victim (or that failed
 * to serialise) is run again from the start, a few times: the work only reads and writes the
 * database, so running it again is safe. Work joining an outer transaction is not retried: the
 * outer one decides.
 */
@Singleton
public class JdbcTransactions implements Transactions {
  private final TransactionOperations<Connection> operations;
  private final TransactionLocks locks;

  JdbcTransactions(TransactionOperations<Connection> operations, TransactionLocks locks) {
    this.operations = operations;
    this.locks = locks;
  }

  static final int ATTEMPTS = 3;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (operations.findTransactionStatus().isPresent()) {
      return operations.executeWrite(status -> work.get());
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return operations.executeWrite(status -> work.get());
      } catch (RuntimeException e) {
        boolean transientFailure =
            SqlStates.causedBy(e, SqlStates.DEADLOCK_DETECTED)
                || SqlStates.causedBy(e, SqlStates.SERIALIZATION_FAILURE);
        if (!transientFailure || attempt >= ATTEMPTS) {
          throw e;
        }
      } finally {
        // Only now is the commit (or the rollback) over: see TransactionLocks.
        locks.releaseAll();
      }
    }
  }
}
