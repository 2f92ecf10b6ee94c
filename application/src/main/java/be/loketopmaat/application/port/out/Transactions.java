package be.loketopmaat.application.port.out;

import java.util.function.Supplier;

/** Runs work all or nothing, for the use cases that write through more than one repository. */
public interface Transactions {

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws
   * (and the exception passed on).
   *
   * <p><b>The work may run more than once.</b> When the database aborts the transaction to break a
   * deadlock or a serialisation conflict, an adapter may roll it back and run the work again. So
   * the work must have no effect outside the transaction: everything it changes goes through the
   * out-ports inside it (a message to send goes to the {@link Notifier}'s outbox, not to a mail
   * server), and it keeps no state of its own from one run to the next.
   */
  <T> T inTransaction(Supplier<T> work);
}
