package be.loketopmaat.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read from a slow source and kept for a short time. Reference data (catalogue, locations,
 * the city) is read on every search and booking but changes a few times a day; another instance's
 * change is seen once the time has passed, this instance's at once ({@link #forget}).
 */
final class Snapshot<T> {
  private final Supplier<T> source;
  private final Duration timeToLive;
  private final Clock clock;
  private volatile Held<T> held;

  Snapshot(Supplier<T> source, Duration timeToLive, Clock clock) {
    this.source = source;
    this.timeToLive = timeToLive;
    this.clock = clock;
  }

  T get() {
    Held<T> current = held;
    Instant now = clock.instant();
    if (current == null || !now.isBefore(current.readAt.plus(timeToLive))) {
      // Two threads may both read the source at expiry; both get the same data, so no lock is
      // needed.
      current = new Held<>(source.get(), now);
      held = current;
    }
    return current.value;
  }

  void forget() {
    held = null;
  }

  private record Held<T>(T value, Instant readAt) {}
}
