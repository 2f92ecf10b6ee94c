package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The probe is asked at most once a second; between asks the last answer stands. */
class DatabaseAvailabilityTest {
  final AppointmentTestKit.MutableClock clock =
      new AppointmentTestKit.MutableClock(LocalDateTime.of(2026, 12, 4, 9, 0));
  final AtomicBoolean answers = new AtomicBoolean(true);
  final AtomicInteger asked = new AtomicInteger();
  final DatabaseAvailability availability =
      new DatabaseAvailability(
          () -> {
            asked.incrementAndGet();
            return answers.get();
          },
          Duration.ofSeconds(1),
          Duration.ofSeconds(5),
          clock);

  @Test
  void anOutageIsSeenAtTheNextAskAndTheReturnAsSoon() {
    assertThat(availability.databaseAvailable()).isTrue();
    answers.set(false);
    assertThat(availability.databaseAvailable()).as("within the second: the last answer").isTrue();
    assertThat(asked).hasValue(1);

    clock.set(LocalDateTime.of(2026, 12, 4, 9, 0, 1));
    assertThat(availability.databaseAvailable()).isFalse();
    assertThat(availability.databaseAvailable()).isFalse();
    assertThat(asked).hasValue(2);

    answers.set(true);
    clock.set(LocalDateTime.of(2026, 12, 4, 9, 0, 2));
    assertThat(availability.databaseAvailable()).isTrue();
    assertThat(availability.retryAfter()).isEqualTo(Duration.ofSeconds(5));
  }
}
