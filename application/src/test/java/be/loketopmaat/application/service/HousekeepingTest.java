package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HousekeepingTest {
  private final AppointmentTestKit kit = new AppointmentTestKit();
  private final Housekeeping housekeeping =
      new Housekeeping(kit.store.idempotency, Duration.ofHours(24), kit.clock);

  @Test
  void forgetsIdempotencyKeysOnceTheirRetentionHasPassed() {
    kit.store.idempotency.claim("app", "k", "f", AppointmentTestKit.monday(8, 0));
    kit.clock.set(AppointmentTestKit.monday(8, 0).plusHours(23));
    assertThat(housekeeping.forgetOldIdempotencyKeys()).isZero();
    kit.clock.set(AppointmentTestKit.monday(8, 0).plusHours(25));
    assertThat(housekeeping.forgetOldIdempotencyKeys()).isEqualTo(1);
    assertThat(kit.store.idempotency.find("app", "k")).isEmpty();
  }
}
