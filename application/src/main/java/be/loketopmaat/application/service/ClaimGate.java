package be.loketopmaat.application.service;

import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
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
  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  ClaimGate() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock(true); // first come, first served
    }
  }

  <T> T through(LocationCode location, LocalDate day, Supplier<T> work) {
    ReentrantLock lock = stripes[Math.floorMod(Objects.hash(location, day), STRIPES)];
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
