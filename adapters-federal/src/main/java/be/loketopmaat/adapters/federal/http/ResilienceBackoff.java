package be.loketopmaat.adapters.federal.http;

import be.loketopmaat.application.port.out.federal.Backoff;
import be.loketopmaat.domain.common.Violations;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter, by resilience4j's {@link
 * IntervalFunction#ofExponentialRandomBackoff(Duration, double, double, Duration)}: after the first
 * failure about {@code initial} (give or take {@code randomizationFactor}), then {@code multiplier}
 * times longer each time, never above {@code max}.
 *
 * <p>resilience4j caps after randomizing, so every delay past the cap would be exactly {@code max}
 * and calls queued together would all come back together. Here a delay at the cap is spread over
 * {@code [max × (1 − randomizationFactor), max]} instead, so the jitter stays.
 */
public final class ResilienceBackoff implements Backoff {
  public static final Duration DEFAULT_INITIAL = Duration.ofSeconds(5);
  public static final double DEFAULT_MULTIPLIER = 2.0;
  public static final double DEFAULT_RANDOMIZATION_FACTOR = 0.5;
  public static final Duration DEFAULT_MAX = Duration.ofMinutes(15);

  /** Past this many attempts every delay is at the cap anyway (2^64 overflows long millis). */
  private static final int LAST_GROWING_ATTEMPT = 64;

  private final double randomizationFactor;
  private final long maxMillis;
  private final IntervalFunction intervals;

  /** 5 s, doubling, ±50 %, at most 15 min. */
  public ResilienceBackoff() {
    this(DEFAULT_INITIAL, DEFAULT_MULTIPLIER, DEFAULT_RANDOMIZATION_FACTOR, DEFAULT_MAX);
  }

  public ResilienceBackoff(
      Duration initial, double multiplier, double randomizationFactor, Duration max) {
    new Violations()
        .require(initial != null && initial.toMillis() >= 10, "initial", "must be at least 10 ms")
        .require(multiplier >= 1.0 && multiplier <= 10.0, "multiplier", "must be from 1 to 10")
        .require(
            randomizationFactor >= 0.0 && randomizationFactor < 1.0,
            "randomizationFactor",
            "must be from 0 (no jitter) to below 1")
        .require(
            max != null && initial != null && max.compareTo(initial) >= 0,
            "max",
            "must be at least the initial delay")
        .throwIfAny();
    this.randomizationFactor = randomizationFactor;
    this.maxMillis = max.toMillis();
    this.intervals =
        IntervalFunction.ofExponentialRandomBackoff(initial, multiplier, randomizationFactor, max);
  }

  /**
   * @param attempts how many times the call failed, from 1
   */
  @Override
  public Duration delayAfter(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts count from 1, not " + attempts);
    }
    long millis = intervals.apply(Math.min(attempts, LAST_GROWING_ATTEMPT));
    if (millis >= maxMillis && randomizationFactor > 0.0) {
      long spread = (long) (maxMillis * randomizationFactor);
      millis = maxMillis - ThreadLocalRandom.current().nextLong(spread + 1);
    }
    return Duration.ofMillis(millis);
  }
}
