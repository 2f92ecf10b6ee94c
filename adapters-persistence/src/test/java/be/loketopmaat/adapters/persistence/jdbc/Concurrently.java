package be.loketopmaat.adapters.persistence.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** Runs a task on several threads released at the same moment, and tells how each ended. */
public final class Concurrently {
  private Concurrently() {}

  /** One entry per thread, in thread order: null when its task succeeded, else what it threw. */
  public static List<Throwable> run(int threads, IntConsumer task) throws InterruptedException {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Throwable>> outcomes = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        outcomes.add(
            executor.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  try {
                    task.accept(index);
                    return null;
                  } catch (Throwable t) {
                    return t;
                  }
                }));
      }
      ready.await();
      go.countDown();
      List<Throwable> results = new ArrayList<>();
      for (Future<Throwable> outcome : outcomes) {
        try {
          results.add(outcome.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
          throw new IllegalStateException("a concurrent task did not finish", e);
        }
      }
      return results;
    } finally {
      executor.shutdownNow();
    }
  }
}
