package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.RemindCitizensUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues tomorrow's reminders every hour. Each appointment is reminded once whatever how often this
 * runs, so an appointment booked late in the day for tomorrow is still reminded, and several
 * instances may run it side by side.
 */
@Singleton
public class ReminderSchedule {
  private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

  private final RemindCitizensUseCase reminders;
  private final Clock clock;

  public ReminderSchedule(RemindCitizensUseCase reminders, Clock clock) {
    this.reminders = reminders;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelay = "${loket.reminders.every:1h}",
      initialDelay = "${loket.reminders.first-after:1m}")
  void remindTomorrow() {
    try {
      int queued = reminders.remindAppointmentsOn(LocalDate.now(clock).plusDays(1));
      if (queued > 0) {
        LOG.info("Queued {} reminders for tomorrow", queued);
      }
    } catch (RuntimeException e) {
      // A failed run is retried at the next one; nothing is lost, the dedupe keys make it
      // idempotent.
      LOG.warn("Queuing reminders failed; the next run tries again", e);
    }
  }
}
