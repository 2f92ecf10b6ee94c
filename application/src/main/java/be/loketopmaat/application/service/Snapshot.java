package be.loketopmaat.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read from a slow source and kept for a short time. Reference data (catalogue, locations,
 * the city) is read on every search and booking but changes a few times a day; another instance's
 * change is seen once the time has passed, this instance's at once ({@link #forget}). When the
 * source fails (the database is away), the last good copy is served meanwhile.
 */
final class Snapshot<T> {
  /** How long the last good copy is served before a failed source is asked again. */
  static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(Snapshot.class.getName());

  private final Supplier<T> source;
  private final Duration timeToLive;
  private final Clock clock;
  private final java.util.function.BooleanSupplier sourceReachable;
  private volatile Held<T> held;

  Snapshot(Supplier<T> source, Duration timeToLive, Clock clock) {
    this(source, timeToLive, clock, () -> true);
  }

  /**
   * @param sourceReachable asked before a copy is refreshed: while it says no (the database is
   *     known to be away), the last good copy is served without asking the source, so that no
   *     request waits for the source to fail
   */
  Snapshot(
      Supplier<T> source,
      Duration timeToLive,
      Clock clock,
      java.util.function.BooleanSupplier sourceReachable) {
    this.source = source;
    this.timeToLive = timeToLive;
    this.clock = clock;
    this.sourceReachable = sourceReachable;
  }

  T get() {
    Held<T> current = held;
    Instant now = clock.instant();
    if (current != null
        && !now.isBefore(current.readAt.plus(timeToLive))
        && !sourceReachable.getAsBoolean()) {
      return current.value;
    }
    if (current == null || !now.isBefore(current.readAt.plus(timeToLive))) {
      // Two threads may both read the source at expiry; both get the same data, so no lock is
      // needed.
      try {
        current = new Held<>(source.get(), now);
      } catch (RuntimeException unreachable) {
        if (current == null) {
          throw unreachable;
        }
        // The last good copy while the source is away (the database down): asked again only
        // after a while, so that not every request waits for the source to fail.
        LOG.log(
            java.util.logging.Level.WARNING,
            "reference data could not be refreshed; the last good copy is served: {0}",
            unreachable.toString());
        held = new Held<>(current.value, now.minus(timeToLive).plus(RETRY_AFTER_FAILURE));
        return current.value;
      }
      held = current;
    }
    return current.value;
  }

  void forget() {
    held = null;
  }

  private record Held<T>(T value, Instant readAt) {}
}
