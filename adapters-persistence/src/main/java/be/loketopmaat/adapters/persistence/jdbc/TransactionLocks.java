package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.core.value.PropertyResolver;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Locks held until the current transaction ends, by name: a desk's day, a citizen, a client, a
 * mobile team's day. They serialise the writers of one thing across every instance that shares the
 * database, and what the previous holder committed is visible to the reads made after the lock is
 * taken.
 *
 * <p>On PostgreSQL a lock is a transaction-level advisory lock ({@code pg_advisory_xact_lock}) on
 * the pair (space, hash of the name): one statement, no row to create first, nothing written, and
 * released by the commit or rollback itself. Two names with the same 32-bit hash share a lock; that
 * only makes one writer wait for an unrelated one now and then (a cycle it might close is a
 * deadlock that PostgreSQL detects, and {@link JdbcTransactions} runs the work again).
 *
 * <p>On the embedded H2 database a lock is held in the JVM instead, until the transaction has
 * finished committing. The embedded database is opened by one process only, so a lock in this JVM
 * is a lock for every writer; and H2's own row locks would not do: H2 wakes a transaction waiting
 * for a row lock while the holder's commit is still under way, and the waiter's next read can then
 * miss what the holder wrote (measured by the contract test {@code
 * aReadUnderTheLockSeesWhatThePreviousHolderCommittedEvenWhenAskedBefore} under CPU load: the
 * waiter got the lock 10.6 ms into a 12.4 ms commit and read nothing).
 */
@Singleton
public class TransactionLocks {
  /** The kinds of thing locked: each its own key space, so that their names never meet. */
  public enum Space {
    DESK_DAY(0x4C4D0001),
    CITIZEN(0x4C4D0002),
    CLIENT(0x4C4D0003),
    TEAM_DAY(0x4C4D0004);

    /** The first key of PostgreSQL's two-key advisory lock (an arbitrary "LM" prefix). */
    final int key;

    Space(int key) {
      this.key = key;
    }
  }

  private static final String ADVISORY_LOCK = "SELECT pg_advisory_xact_lock(?, hashtext(?))";

  private final boolean inProcess;
  private final TransactionOperations<Connection> operations;
  private final ConcurrentHashMap<String, InProcessLock> locks = new ConcurrentHashMap<>();
  private final ThreadLocal<List<String>> held = ThreadLocal.withInitial(ArrayList::new);

  TransactionLocks(PropertyResolver properties, TransactionOperations<Connection> operations) {
    this.inProcess =
        properties.get("datasources.default.url", String.class).orElse("").startsWith("jdbc:h2:");
    this.operations = operations;
  }

  /**
   * Takes the lock of this name until the current transaction ends, waiting while another
   * transaction holds it.
   *
   * @throws IllegalStateException outside a transaction
   */
  public void hold(Space space, String name) {
    if (operations.findTransactionStatus().isEmpty()) {
      throw new IllegalStateException("a lock needs a transaction: it would be released at once");
    }
    if (inProcess) {
      holdInProcess(space + "|" + name);
      return;
    }
    try (PreparedStatement statement = operations.getConnection().prepareStatement(ADVISORY_LOCK)) {
      statement.setInt(1, space.key);
      statement.setString(2, name);
      statement.execute();
    } catch (SQLException e) {
      throw new DataAccessException("could not lock " + space, e);
    }
  }

  private void holdInProcess(String key) {
    List<String> mine = held.get();
    if (mine.contains(key)) {
      return; // held already by this transaction
    }
    // Counted in before it waits, so that the holder's release cannot drop the lock it waits for.
    InProcessLock lock =
        locks.compute(
            key,
            (k, existing) -> {
              InProcessLock counted = existing == null ? new InProcessLock() : existing;
              counted.users++;
              return counted;
            });
    lock.lock.lock();
    mine.add(key);
  }

  /**
   * Lets go of every lock this thread took in the JVM for the transaction that has just ended, and
   * forgets a lock nobody holds or waits for, so that the map holds only the locks in use (not one
   * per citizen who ever booked).
   */
  void releaseAll() {
    List<String> mine = held.get();
    for (int i = mine.size() - 1; i >= 0; i--) {
      locks.computeIfPresent(
          mine.get(i),
          (k, lock) -> {
            lock.lock.unlock();
            return --lock.users == 0 ? null : lock;
          });
    }
    mine.clear();
  }

  /** How many locks are kept in the JVM now: those held or waited for. */
  int inProcessLocksKept() {
    return locks.size();
  }

  /**
   * A JVM lock with the number of transactions that hold it or wait for it (changed in the map).
   */
  private static final class InProcessLock {
    final ReentrantLock lock = new ReentrantLock(true);
    int users;
  }
}
