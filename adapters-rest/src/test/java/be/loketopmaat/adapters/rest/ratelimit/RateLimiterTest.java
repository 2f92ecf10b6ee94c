package be.loketopmaat.adapters.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  final AtomicLong now = new AtomicLong(1_000_000_000L);

  RateLimiter limiter(int perMinute, int burst, int maxClients) {
    return new RateLimiter(true, perMinute, burst, maxClients, now::get, Runnable::run);
  }

  void pass(long seconds) {
    now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
  }

  @Test
  void aBurstPassesThenTheRateDecidesAndRetryAfterSaysWhen() {
    RateLimiter limiter = limiter(30, 3, 10);

    for (int i = 0; i < 3; i++) {
      assertThat(limiter.refuse("ip:10.0.0.1")).isEmpty();
    }
    assertThat(limiter.refuse("ip:10.0.0.1"))
        .as("30 a minute: one every 2 s")
        .isEqualTo(OptionalLong.of(2));
    pass(1);
    assertThat(limiter.refuse("ip:10.0.0.1")).isEqualTo(OptionalLong.of(1));
    pass(1);
    assertThat(limiter.refuse("ip:10.0.0.1")).as("the promised token is there").isEmpty();
  }

  @Test
  void clientsDoNotShareABucket() {
    RateLimiter limiter = limiter(1, 1, 10);

    assertThat(limiter.refuse("ip:10.0.0.1")).isEmpty();
    assertThat(limiter.refuse("ip:10.0.0.1")).isPresent();
    assertThat(limiter.refuse("ip:10.0.0.2")).isEmpty();
  }

  @Test
  void aFloodOfDistinctClientsIsBounded() {
    RateLimiter limiter = limiter(30, 10, 100);

    for (int i = 0; i < 5_000; i++) {
      limiter.refuse("ip:10.0." + (i / 256) + "." + (i % 256));
    }

    assertThat(limiter.trackedClients()).isLessThanOrEqualTo(100);
  }

  @Test
  void anIdleClientIsForgottenOnceItsBucketWouldBeFullAgain() {
    RateLimiter limiter = limiter(30, 10, 100);
    limiter.refuse("ip:10.0.0.1");
    assertThat(limiter.trackedClients()).isEqualTo(1);

    pass(19);
    assertThat(limiter.trackedClients())
        .as("10 tokens at 30 a minute take 20 s to refill")
        .isEqualTo(1);
    pass(2);
    assertThat(limiter.trackedClients()).isZero();
  }

  @Test
  void refusesSettingsThatWouldBlockEverything() {
    assertThatThrownBy(() -> limiter(0, 10, 10))
        .hasMessageContaining("loket.rate-limit.requests-per-minute");
    assertThatThrownBy(() -> limiter(30, 0, 10)).hasMessageContaining("loket.rate-limit.burst");
    assertThatThrownBy(() -> limiter(30, 10, 0))
        .hasMessageContaining("loket.rate-limit.max-clients");
  }
}
