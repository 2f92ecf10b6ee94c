package be.loketopmaat.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryScheduleTest {
  private final DeliverySchedule schedule =
      new DeliverySchedule(5, Duration.ofSeconds(30), Duration.ofMinutes(2), 0.2);
  private final Instant failedAt = Instant.parse("2026-12-02T10:00:00Z");

  @Test
  void doublesTheDelayPerAttemptUpToTheCeiling() {
    assertThat(schedule.nextAttempt(1, failedAt, () -> 0)).contains(failedAt.plusSeconds(30));
    assertThat(schedule.nextAttempt(2, failedAt, () -> 0)).contains(failedAt.plusSeconds(60));
    assertThat(schedule.nextAttempt(3, failedAt, () -> 0)).contains(failedAt.plusSeconds(120));
    assertThat(schedule.nextAttempt(4, failedAt, () -> 0)).contains(failedAt.plusSeconds(120));
  }

  @Test
  void addsAtMostTheJitterShare() {
    assertThat(schedule.nextAttempt(1, failedAt, () -> 0.5)).contains(failedAt.plusSeconds(33));
    assertThat(schedule.nextAttempt(2, failedAt, () -> 0.999).orElseThrow())
        .isBefore(failedAt.plusSeconds(72))
        .isAfter(failedAt.plusSeconds(71));
  }

  @Test
  void aMessageIsADeadLetterAfterTheLastAttempt() {
    assertThat(schedule.nextAttempt(5, failedAt, () -> 0)).isEmpty();
    assertThat(
            new DeliverySchedule(1, Duration.ofSeconds(1), Duration.ofSeconds(1), 0)
                .nextAttempt(1, failedAt, () -> 0))
        .isEmpty();
  }

  @Test
  void aHugeAttemptCountDoesNotOverflow() {
    DeliverySchedule many =
        new DeliverySchedule(1000, Duration.ofSeconds(1), Duration.ofHours(1), 0);
    assertThat(many.nextAttempt(999, failedAt, () -> 0)).contains(failedAt.plusSeconds(3600));
  }

  @Test
  void refusesASenselessSchedule() {
    assertThatThrownBy(
            () -> new DeliverySchedule(0, Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DeliverySchedule(3, Duration.ZERO, Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new DeliverySchedule(3, Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new DeliverySchedule(3, Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> schedule.nextAttempt(0, failedAt, () -> 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
