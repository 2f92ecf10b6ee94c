package be.loketopmaat.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When the outbox tries a failed message again: exponential backoff from {@code firstDelay},
 * doubled per attempt up to {@code maxDelay}, with up to {@code jitter} (a share, 0..1) added at
 * random so that instances do not retry in step; after {@code maxAttempts} attempts the message is
 * a dead letter. It is a persisted schedule (the next attempt time is stored), not an in-call retry
 * loop.
 */
public record DeliverySchedule(
    int maxAttempts, Duration firstDelay, Duration maxDelay, double jitter) {

  public DeliverySchedule {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (firstDelay.isNegative() || firstDelay.isZero()) {
      throw new IllegalArgumentException("firstDelay must be positive");
    }
    if (maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must not be shorter than firstDelay");
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must lie between 0 and 1");
    }
  }

  /**
   * The next attempt after the {@code attempts}-th attempt failed at {@code failedAt}, or empty if
   * the message is now a dead letter. {@code random} gives a number in [0, 1).
   */
  public Optional<Instant> nextAttempt(int attempts, Instant failedAt, DoubleSupplier random) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts counts from 1");
    }
    if (attempts >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(failedAt.plus(delayAfter(attempts, random.getAsDouble())));
  }

  /** The delay after the {@code attempts}-th failure for a random draw in [0, 1). */
  Duration delayAfter(int attempts, double draw) {
    long first = firstDelay.toMillis();
    long max = maxDelay.toMillis();
    // Doubling stops at the ceiling before it could overflow.
    long base = first;
    for (int i = 1; i < attempts && base < max; i++) {
      base = Math.min(max, base * 2);
    }
    long withJitter = base + (long) (base * jitter * draw);
    return Duration.ofMillis(withJitter);
  }

  /**
   * Whether a failure is worth another attempt: permanent failures go to the dead letters at once.
   */
  public enum Failure {
    TRANSIENT,
    PERMANENT
  }
}
