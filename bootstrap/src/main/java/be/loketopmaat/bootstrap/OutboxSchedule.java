package be.loketopmaat.bootstrap;

import be.loketopmaat.application.service.OutboxSender;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works the outbox every {@code loket.outbox.every}; off with {@code loket.outbox.enabled: false}.
 * With no channel configured (the first run on H2) it claims nothing, so messages stay queued, and
 * says so once in the log.
 */
@Singleton
@Requires(property = "loket.outbox.enabled", notEquals = "false")
public class OutboxSchedule {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxSchedule.class);

  private final OutboxSender sender;
  private final AtomicBoolean toldIdle = new AtomicBoolean();

  public OutboxSchedule(OutboxSender sender) {
    this.sender = sender;
  }

  @Scheduled(
      fixedDelay = "${loket.outbox.every:10s}",
      initialDelay = "${loket.outbox.first-after:10s}")
  void sendDue() {
    if (!sender.canSend()) {
      if (toldIdle.compareAndSet(false, true)) {
        LOG.warn(
            "No SMTP server or SMS gateway configured (loket.mail.smtp.host, loket.sms.url):"
                + " messages stay queued in the outbox");
      }
      return;
    }
    try {
      // Whole batches until nothing is due, so a backlog drains without waiting a period each.
      int claimed;
      do {
        claimed = sender.sendDue();
      } while (claimed > 0 && sender.batchFilledLastTime());
    } catch (RuntimeException e) {
      LOG.warn("Sending the outbox failed; the next run tries again", e);
    }
  }
}
