package be.loketopmaat.adapters.rest.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code
 * requests-per-minute}.
 *
 * <p>Buckets live in a cache that forgets a client once it has been idle long enough for its bucket
 * to be full again; forgetting it then changes nothing, since a new bucket starts full too. The
 * cache is also bounded in size, so a flood of distinct clients evicts the least recently seen ones
 * instead of exhausting memory (an evicted client merely gets a fresh burst).
 */
@Singleton
public final class RateLimiter {
  public static final String PREFIX = "loket.rate-limit";
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  private final boolean enabled;
  private final Bandwidth limit;
  private final TimeMeter time;
  private final Cache<String, Bucket> buckets;

  @Inject
  RateLimiter(
      @Value("${" + PREFIX + ".enabled:true}") boolean enabled,
      @Value("${" + PREFIX + ".requests-per-minute:30}") int requestsPerMinute,
      @Value("${" + PREFIX + ".burst:10}") int burst,
      @Value("${" + PREFIX + ".max-clients:100000}") int maxClients) {
    this(
        enabled, requestsPerMinute, burst, maxClients, System::nanoTime, ForkJoinPool.commonPool());
  }

  /**
   * @param nanoTime one time source for the buckets and the cache, so that tests can move both at
   *     once
   * @param maintenance where the cache evicts; tests pass a direct executor to see evictions at
   *     once
   */
  RateLimiter(
      boolean enabled,
      int requestsPerMinute,
      int burst,
      int maxClients,
      LongSupplier nanoTime,
      Executor maintenance) {
    require(
        requestsPerMinute >= 1, "requests-per-minute must be at least 1, was " + requestsPerMinute);
    require(burst >= 1, "burst must be at least 1, was " + burst);
    require(maxClients >= 1, "max-clients must be at least 1, was " + maxClients);
    this.enabled = enabled;
    this.limit =
        Bandwidth.builder()
            .capacity(burst)
            .refillGreedy(requestsPerMinute, Duration.ofMinutes(1))
            .build();
    this.time =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return nanoTime.getAsLong();
          }

          @Override
          public boolean isWallClockBased() {
            return false;
          }
        };
    long nanosToFill = TimeUnit.MINUTES.toNanos(1) * burst / requestsPerMinute;
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(maxClients)
            .expireAfterAccess(Duration.ofNanos(Math.max(nanosToFill, SECOND)))
            .ticker(nanoTime::getAsLong)
            .executor(maintenance)
            .build();
  }

  public boolean enabled() {
    return enabled;
  }

  /**
   * Takes one request from the client's bucket; when it is empty, how many seconds until it is not.
   */
  public OptionalLong refuse(String client) {
    ConsumptionProbe probe =
        buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    // Rounded up: a client that waits exactly this long must find a token.
    long nanos = probe.getNanosToWaitForRefill();
    return OptionalLong.of(Math.max(1, (nanos + SECOND - 1) / SECOND));
  }

  /** How many clients are remembered now, after pending evictions. */
  long trackedClients() {
    buckets.cleanUp();
    return buckets.estimatedSize();
  }

  private Bucket newBucket() {
    return Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(PREFIX + "." + message);
    }
  }
}
