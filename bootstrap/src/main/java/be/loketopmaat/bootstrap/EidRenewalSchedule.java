package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.EidRenewalUseCase;
import be.loketopmaat.application.port.in.EidRenewalUseCase.RunSummary;
import be.loketopmaat.domain.common.ConflictException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily eID renewal run at {@code loket.eid-renewal.cron} (Brussels time; by default 02:45),
 * and the hourly give-back of kept slots that lapsed; both off with {@code
 * loket.eid-renewal.enabled: false} (as in the tests, which start runs themselves). A run summons
 * once per card, so several instances may run it.
 */
@Singleton
@Requires(property = "loket.eid-renewal.enabled", notEquals = "false")
public class EidRenewalSchedule {
  static final String BY = "eid renewal schedule";
  private static final Logger LOG = LoggerFactory.getLogger(EidRenewalSchedule.class);

  private final EidRenewalUseCase renewal;
  private final Clock clock;

  public EidRenewalSchedule(EidRenewalUseCase renewal, Clock clock) {
    this.renewal = renewal;
    this.clock = clock;
  }

  @Scheduled(cron = "${loket.eid-renewal.cron:0 45 2 * * *}", zoneId = "Europe/Brussels")
  void run() {
    try {
      RunSummary run = renewal.run(LocalDate.now(clock), BY);
      LOG.info(
          "eID renewal: {} kept, {} invited, {} by post, {} skipped, {} lapsed{}",
          run.kept(),
          run.invited(),
          run.byPost(),
          run.skipped(),
          run.lapsed(),
          run.complete() ? "" : "; stopped: " + run.stoppedBecause());
    } catch (ConflictException running) {
      LOG.info("eID renewal: a run is under way already");
    } catch (RuntimeException e) {
      LOG.warn("The eID renewal run failed; the next run goes on", e);
    }
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "10m")
  void releaseLapsed() {
    try {
      int released = renewal.releaseLapsed();
      if (released > 0) {
        LOG.info("eID renewal: gave back {} kept slots that lapsed", released);
      }
    } catch (RuntimeException e) {
      LOG.warn("Giving back the lapsed kept slots failed; the next round tries again", e);
    }
  }
}
