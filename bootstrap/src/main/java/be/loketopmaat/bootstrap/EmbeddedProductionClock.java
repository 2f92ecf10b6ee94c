package be.loketopmaat.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Moves the first run's simulated card production, BelDrive and biometrics kits on with the real
 * clock, {@code loket.federal.simulator.speed} times as fast (1440 by default: a day a minute, so
 * that a card ordered in a demo arrives in the safe within minutes rather than a week). Only the
 * embedded simulators have it; a real system keeps its own time.
 */
@Singleton
@Requires(property = "loket.federal.simulator.speed", notEquals = "0")
public class EmbeddedProductionClock {
  private final FederalLinks.EmbeddedProduction production;
  private final FederalLinks.EmbeddedRegister register;
  private final HomeVisits.EmbeddedKits kits;
  private final Clock clock;
  private final long speed;
  private Instant last;

  public EmbeddedProductionClock(
      @Nullable FederalLinks.EmbeddedProduction production,
      @Nullable FederalLinks.EmbeddedRegister register,
      @Nullable HomeVisits.EmbeddedKits kits,
      Clock clock,
      @Value("${loket.federal.simulator.speed:1440}") long speed) {
    this.production = production;
    this.register = register;
    this.kits = kits;
    this.clock = clock;
    this.speed = speed;
    this.last = clock.instant();
  }

  @Scheduled(fixedDelay = "5s", initialDelay = "5s")
  synchronized void tick() {
    Instant now = clock.instant();
    Duration real = Duration.between(last, now);
    last = now;
    if (real.isNegative()) {
      return;
    }
    if (production != null) {
      production.simulator().advance(real.multipliedBy(speed));
    }
    if (register != null) {
      register.simulator().advance(real.multipliedBy(speed));
    }
    if (kits != null) {
      kits.simulator().advance(real.multipliedBy(speed));
    }
  }
}
