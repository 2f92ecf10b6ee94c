package be.loketopmaat.adapters.persistence.jdbc;

import be.loketopmaat.application.port.out.Transactions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A transaction on a thread of its own that does its work and then stays open until the test ends
 * it, so that a test can show what other transactions do meanwhile (wait for its locks, not see its
 * rows).
 */
public final class HeldTransaction implements AutoCloseable {
  private final CountDownLatch end = new CountDownLatch(1);
  private final CompletableFuture<Void> worked = new CompletableFuture<>();
  private final CompletableFuture<?> outcome;
  private volatile boolean commit;

  private HeldTransaction(Transactions transactions, Runnable work) {
    outcome =
        onNewThread(
            () ->
                transactions.inTransaction(
                    () -> {
                      try {
                        work.run();
                      } catch (RuntimeException e) {
                        worked.completeExceptionally(e);
                        throw e;
                      }
                      worked.complete(null);
                      try {
                        end.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      if (!commit) {
                        throw new RolledBack();
                      }
                      return null;
                    }));
  }

  /** Starts the work and returns once it is done, its transaction still open. */
  public static HeldTransaction start(Transactions transactions, Runnable work) {
    HeldTransaction held = new HeldTransaction(transactions, work);
    held.worked.orTimeout(10, TimeUnit.SECONDS).join();
    return held;
  }

  /**
   * Runs work in a transaction of its own on a new thread, so that the test can see whether it
   * waits.
   */
  public static <T> CompletableFuture<T> meanwhile(Transactions transactions, Supplier<T> work) {
    return onNewThread(() -> transactions.inTransaction(work));
  }

  public void commit() {
    commit = true;
    finish();
  }

  public void rollBack() {
    commit = false;
    finish();
  }

  @Override
  public void close() {
    if (end.getCount() > 0) {
      rollBack();
    }
  }

  private void finish() {
    end.countDown();
    try {
      outcome.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      if (!(e.getCause() instanceof RolledBack)) {
        throw new IllegalStateException("the held transaction failed", e);
      }
    }
  }

  // Not the common pool: on a two-core machine it has a single thread, and these threads block on
  // purpose.
  private static <T> CompletableFuture<T> onNewThread(Supplier<T> work) {
    return CompletableFuture.supplyAsync(
        work, task -> new Thread(task, "held-transaction").start());
  }

  private static final class RolledBack extends RuntimeException {
    RolledBack() {
      super("rolled back by the test", null, false, false);
    }
  }
}
