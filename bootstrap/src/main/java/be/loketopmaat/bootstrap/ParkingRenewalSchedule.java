package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.ParkingPermitsUseCase;
import be.loketopmaat.application.port.in.ParkingPermitsUseCase.RunSummary;
import be.loketopmaat.domain.common.ConflictException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily renewal run of the resident parking permits, at {@code loket.parking.renewal.cron}
 * (Brussels time; by default 02:30), off with {@code loket.parking.renewal.enabled: false}. A run
 * decides once per permit and period, so several instances may run it; a register outage stops it
 * and the next day's run goes on (the horizon leaves days to spare).
 */
@Singleton
@Requires(property = "loket.parking.renewal.enabled", notEquals = "false")
public class ParkingRenewalSchedule {
  static final String BY = "parking renewal schedule";
  private static final Logger LOG = LoggerFactory.getLogger(ParkingRenewalSchedule.class);

  private final ParkingPermitsUseCase permits;
  private final Clock clock;

  public ParkingRenewalSchedule(ParkingPermitsUseCase permits, Clock clock) {
    this.permits = permits;
    this.clock = clock;
  }

  @Scheduled(cron = "${loket.parking.renewal.cron:0 30 2 * * *}", zoneId = "Europe/Brussels")
  void renew() {
    try {
      RunSummary run = permits.renew(LocalDate.now(clock), BY);
      LOG.info(
          "Parking permits: {} renewed, {} invited {}, {} skipped{}",
          run.renewed(),
          run.invited(),
          run.invitedBy(),
          run.skipped(),
          run.complete() ? "" : "; stopped: " + run.stoppedBecause());
    } catch (ConflictException running) {
      LOG.info("Parking permits: a renewal run is under way already");
    } catch (RuntimeException e) {
      LOG.warn("The parking permits' renewal run failed; the next run goes on", e);
    }
  }
}
