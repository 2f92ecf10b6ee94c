package be.loketopmaat.adapters.federal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.common.InvalidInputException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResilienceBackoffTest {
  private static final int SAMPLES = 500;
  private final ResilienceBackoff backoff = new ResilienceBackoff();

  @Test
  void eachDelayIsTheExponentialOneGiveOrTakeHalf() {
    for (int attempt = 1; attempt <= 7; attempt++) {
      long exponential = 5_000L << (attempt - 1);
      for (int i = 0; i < SAMPLES; i++) {
        assertThat(backoff.delayAfter(attempt).toMillis())
            .as("attempt %d", attempt)
            .isBetween(exponential / 2, exponential * 3 / 2);
      }
    }
  }

  @Test
  void delaysGrowOnAverage() {
    double previous = 0;
    for (int attempt = 1; attempt <= 8; attempt++) {
      double mean = mean(attempt);
      assertThat(mean).as("attempt %d", attempt).isGreaterThan(previous * 1.5);
      previous = mean;
    }
  }

  @Test
  void neverAboveTheCapHoweverManyAttempts() {
    for (int attempts : new int[] {9, 10, 20, 64, 65, 1_000, Integer.MAX_VALUE}) {
      for (int i = 0; i < SAMPLES; i++) {
        assertThat(backoff.delayAfter(attempts))
            .isLessThanOrEqualTo(Duration.ofMinutes(15))
            .isGreaterThanOrEqualTo(Duration.ofSeconds(450));
      }
    }
  }

  @Test
  void delaysHaveJitterBelowAndAtTheCap() {
    for (int attempts : new int[] {1, 3, 50}) {
      Set<Duration> seen = new HashSet<>();
      IntStream.range(0, 50).forEach(i -> seen.add(backoff.delayAfter(attempts)));
      assertThat(seen).as("attempt %d", attempts).hasSizeGreaterThan(10);
    }
  }

  @Test
  void withoutRandomizationTheDelaysDoubleUpToTheCap() {
    ResilienceBackoff exact =
        new ResilienceBackoff(Duration.ofSeconds(1), 2.0, 0.0, Duration.ofSeconds(10));

    assertThat(IntStream.rangeClosed(1, 6).mapToObj(exact::delayAfter))
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(10),
            Duration.ofSeconds(10));
  }

  @Test
  void attemptsCountFromOne() {
    assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsOutsideTheirBoundsAreRefused() {
    assertThatThrownBy(() -> new ResilienceBackoff(Duration.ZERO, 2.0, 0.5, Duration.ofMinutes(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> new ResilienceBackoff(Duration.ofSeconds(5), 0.5, 0.5, Duration.ofMinutes(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> new ResilienceBackoff(Duration.ofSeconds(5), 2.0, 1.0, Duration.ofMinutes(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> new ResilienceBackoff(Duration.ofSeconds(5), 2.0, 0.5, Duration.ofSeconds(1)))
        .isInstanceOf(InvalidInputException.class);
  }

  private double mean(int attempt) {
    return IntStream.range(0, SAMPLES)
        .mapToLong(i -> backoff.delayAfter(attempt).toMillis())
        .average()
        .orElseThrow();
  }
}
