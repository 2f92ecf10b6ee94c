package be.loketopmaat.application.service;

import static be.loketopmaat.application.service.AppointmentTestKit.EID;
import static be.loketopmaat.application.service.AppointmentTestKit.HUB;
import static be.loketopmaat.application.service.AppointmentTestKit.monday;
import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.application.port.in.HoldSlotUseCase.HoldCommand;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.common.ClientId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HousekeepingTest {
  private final AppointmentTestKit kit = new AppointmentTestKit();
  private final Housekeeping housekeeping =
      new Housekeeping(kit.store.idempotency, kit.store, Duration.ofHours(24), kit.clock);

  @Test
  void forgetsIdempotencyKeysOnceTheirRetentionHasPassed() {
    kit.store.idempotency.claim("app", "k", "f", monday(8, 0));
    kit.clock.set(monday(8, 0).plusHours(23));
    assertThat(housekeeping.forgetOldIdempotencyKeys()).isZero();
    kit.clock.set(monday(8, 0).plusHours(25));
    assertThat(housekeeping.forgetOldIdempotencyKeys()).isEqualTo(1);
    assertThat(kit.store.idempotency.find("app", "k")).isEmpty();
  }

  @Test
  void forgetsAHoldADayAfterItExpiredAndNotBefore() {
    Hold hold =
        kit.holds.hold(
            new HoldCommand(
                new What(List.of(EID), 1), HUB, monday(10, 0), null, ClientId.of("ip:192.0.2.1")));

    kit.clock.set(hold.expiresAt().plus(Housekeeping.ENDED_HOLDS_KEPT).minusMinutes(1));
    assertThat(housekeeping.forgetEndedHolds()).isZero();
    assertThat(kit.store.findHold(hold.id())).isPresent();

    kit.clock.set(hold.expiresAt().plus(Housekeeping.ENDED_HOLDS_KEPT).plusMinutes(1));
    assertThat(housekeeping.forgetEndedHolds()).isEqualTo(1);
    assertThat(kit.store.findHold(hold.id())).isEmpty();
  }
}
