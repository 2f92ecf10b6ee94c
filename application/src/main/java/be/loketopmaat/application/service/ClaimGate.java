package be.loketopmaat.application.service;

import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Lets the requests of this instance that claim desk time of one location and day go one at a time,
 * in memory, before they reach the database. In a rush they would otherwise all take a pooled
 * connection and wait on the desk's lock in the database, holding it; here they wait without one,
 * and each looks at the view of taken time again when its turn comes, which its predecessor has
 * just told of its booking. So a loser hears that the slot is gone without a transaction. The
 * database's lock still decides, also between instances; this gate only spares it the queue.
 */
final class ClaimGate {
  private static final int STRIPES = 256;
  private static final long LOOK_AGAIN_MILLIS = 20;
  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  ClaimGate() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock(true); // first come, first served
    }
  }

  /**
   * Runs {@code work} when its turn comes. While it waits, it looks every 20 ms whether it is still
   * worth waiting: a request whose slot the view shows taken meanwhile leaves the queue at once
   * (the booking ahead of it has just told the view), with {@link SlotRequests.SlotGone}.
   */
  <T> T through(
      LocationCode location, LocalDate day, BooleanSupplier worthWaiting, Supplier<T> work) {
    ReentrantLock lock = stripes[Math.floorMod(Objects.hash(location, day), STRIPES)];
    try {
      while (!lock.tryLock(LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS)) {
        if (!worthWaiting.getAsBoolean()) {
          throw new SlotRequests.SlotGone();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to claim desk time", e);
    }
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
