package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.HomeVisitsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what the biometrics kits reported every {@code loket.federal.every}, with the federal
 * schedule (off with {@code loket.federal.enabled: false}). A sync service that is down costs a
 * failed read per run; the reports wait there.
 */
@Singleton
@Requires(property = "loket.federal.enabled", notEquals = "false")
public class HomeVisitSchedule {
  private static final Logger LOG = LoggerFactory.getLogger(HomeVisitSchedule.class);
  private static final int MAX_ROUNDS = 100;

  private final HomeVisitsUseCase visits;

  public HomeVisitSchedule(HomeVisitsUseCase visits) {
    this.visits = visits;
  }

  @Scheduled(
      fixedDelay = "${loket.federal.every:10s}",
      initialDelay = "${loket.federal.first-after:10s}")
  void run() {
    try {
      for (int round = 0; round < MAX_ROUNDS && visits.collectReports() > 0; round++) {
        LOG.debug("kits' reports: another page");
      }
    } catch (RuntimeException e) {
      LOG.warn("Reading the kits' reports failed; the next run tries again: {}", e.toString());
    }
  }
}
