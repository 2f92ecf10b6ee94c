package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.HousekeepingUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the housekeeping every hour; safe on any number of instances at once. */
@Singleton
public class HousekeepingSchedule {
  private static final Logger LOG = LoggerFactory.getLogger(HousekeepingSchedule.class);

  private final HousekeepingUseCase housekeeping;

  public HousekeepingSchedule(HousekeepingUseCase housekeeping) {
    this.housekeeping = housekeeping;
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "5m")
  void run() {
    try {
      int forgotten = housekeeping.forgetOldIdempotencyKeys();
      if (forgotten > 0) {
        LOG.info("Forgot {} idempotency keys past their retention", forgotten);
      }
      int holds = housekeeping.forgetEndedHolds();
      if (holds > 0) {
        LOG.info("Forgot {} holds that ended more than a day ago", holds);
      }
    } catch (RuntimeException e) {
      LOG.warn("Housekeeping failed; the next run tries again", e);
    }
  }
}
