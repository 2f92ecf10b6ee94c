package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.DatabaseAvailabilityUseCase;
import be.loketopmaat.application.port.out.DatabaseProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The database's availability, from a probe asked at most once every {@code every}: the request
 * that finds the last answer too old asks again (one at a time; the others take the last answer
 * meanwhile), so that a database that went away is noticed within about a second and one that came
 * back is used again as soon, without a thread of its own.
 */
public final class DatabaseAvailability implements DatabaseAvailabilityUseCase {
  private final DatabaseProbe probe;
  private final Duration every;
  private final Duration retryAfter;
  private final Clock clock;
  private final AtomicBoolean asking = new AtomicBoolean();
  private volatile boolean available = true;
  private volatile Instant askedAt = Instant.MIN;

  public DatabaseAvailability(
      DatabaseProbe probe, Duration every, Duration retryAfter, Clock clock) {
    this.probe = probe;
    this.every = every;
    this.retryAfter = retryAfter;
    this.clock = clock;
  }

  @Override
  public boolean databaseAvailable() {
    Instant now = clock.instant();
    if (now.isBefore(askedAt.plus(every)) || !asking.compareAndSet(false, true)) {
      return available;
    }
    try {
      available = probe.answers();
      askedAt = clock.instant();
    } finally {
      asking.set(false);
    }
    return available;
  }

  @Override
  public Duration retryAfter() {
    return retryAfter;
  }
}
