package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * On the embedded H2 database only, the lock rows' locks held again in the JVM until the
 * transaction has finished committing. H2 wakes a transaction waiting for a row lock while the
 * holder's commit is still under way, and the waiter's next read can then miss what the holder
 * wrote: measured by the contract test {@code
 * aReadUnderTheLockSeesWhatThePreviousHolderCommittedEvenWhenAskedBefore} under CPU load (the
 * waiter got the lock 10.6 ms into a 12.4 ms commit and read nothing). The embedded database is
 * opened by one process only, so a lock in this JVM, taken before the row's and released only after
 * {@link JdbcTransactions} has returned from the commit, is a lock for every writer. On PostgreSQL
 * it does nothing.
 */
@Singleton
public class InProcessLocks {
  private final boolean enabled;
  private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final ThreadLocal<List<ReentrantLock>> held = ThreadLocal.withInitial(ArrayList::new);

  InProcessLocks(PropertyResolver properties) {
    this.enabled =
        properties.get("datasources.default.url", String.class).orElse("").startsWith("jdbc:h2:");
  }

  /** Takes the lock of this key until the current transaction has ended (a no-op on PostgreSQL). */
  public void hold(String key) {
    if (!enabled) {
      return;
    }
    ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock(true));
    if (lock.isHeldByCurrentThread()) {
      return;
    }
    lock.lock();
    held.get().add(lock);
  }

  /** Lets go of every lock this thread took for the transaction that has just ended. */
  void releaseAll() {
    List<ReentrantLock> mine = held.get();
    for (int i = mine.size() - 1; i >= 0; i--) {
      mine.get(i).unlock();
    }
    mine.clear();
  }
}
