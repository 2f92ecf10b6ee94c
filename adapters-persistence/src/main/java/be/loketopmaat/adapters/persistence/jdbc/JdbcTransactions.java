package be.loketopmaat.adapters.persistence.jdbc;

import be.loketopmaat.application.port.out.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * One database transaction around the work: the JDBC repositories join it, and everything is rolled
 * back when the work throws.
 */
@Singleton
public class JdbcTransactions implements Transactions {
  private final TransactionOperations<Connection> operations;

  JdbcTransactions(TransactionOperations<Connection> operations) {
    this.operations = operations;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return operations.executeWrite(status -> work.get());
  }
}
