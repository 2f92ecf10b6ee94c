package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.FederalSyncUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works the federal outbox and follows the card production and BelDrive every {@code
 * loket.federal.every}; off with {@code loket.federal.enabled: false}. A system that is down costs
 * one failed call per due entry and run (and less once its circuit breaker opens); the calls wait,
 * unharmed.
 */
@Singleton
@Requires(property = "loket.federal.enabled", notEquals = "false")
public class FederalSchedule {
  private static final Logger LOG = LoggerFactory.getLogger(FederalSchedule.class);
  private static final int MAX_ROUNDS = 100;

  private final FederalSyncUseCase sync;
  private final int batchSize;

  public FederalSchedule(
      FederalSyncUseCase sync,
      @io.micronaut.context.annotation.Value("${loket.federal.batch-size:50}") int batchSize) {
    this.sync = sync;
    this.batchSize = batchSize;
  }

  @Scheduled(
      fixedDelay = "${loket.federal.every:10s}",
      initialDelay = "${loket.federal.first-after:10s}")
  void run() {
    try {
      // Whole batches until less than one is due, so that a backlog drains in one run.
      for (int round = 0; round < MAX_ROUNDS && sync.sendDue() >= batchSize; round++) {
        LOG.debug("federal outbox: another batch");
      }
    } catch (RuntimeException e) {
      LOG.warn("Sending the federal outbox failed; the next run tries again", e);
    }
    try {
      for (int round = 0; round < MAX_ROUNDS && sync.followProduction() >= batchSize; round++) {
        LOG.debug("card production feed: another page");
      }
    } catch (RuntimeException e) {
      LOG.warn("Following the card production failed; the next run tries again: {}", e.toString());
    }
    try {
      for (int round = 0;
          round < MAX_ROUNDS && sync.followDrivingLicences() >= batchSize;
          round++) {
        LOG.debug("BelDrive feed: another page");
      }
    } catch (RuntimeException e) {
      LOG.warn("Following BelDrive failed; the next run tries again: {}", e.toString());
    }
  }
}
