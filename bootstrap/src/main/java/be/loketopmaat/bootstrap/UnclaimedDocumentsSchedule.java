package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.IdentityDocumentsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every hour, documents nobody came for within their three months in the safe are sent back (the
 * safe view shows a week ahead which ones will go). Off with {@code loket.federal.enabled: false}.
 */
@Singleton
@Requires(property = "loket.federal.enabled", notEquals = "false")
public class UnclaimedDocumentsSchedule {
  private static final Logger LOG = LoggerFactory.getLogger(UnclaimedDocumentsSchedule.class);
  private final IdentityDocumentsUseCase documents;

  public UnclaimedDocumentsSchedule(IdentityDocumentsUseCase documents) {
    this.documents = documents;
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "1m")
  void sendBack() {
    try {
      int sent = documents.sendBackUnclaimed();
      if (sent > 0) {
        LOG.info("{} unclaimed documents sent back", sent);
      }
    } catch (RuntimeException e) {
      LOG.warn("Sending unclaimed documents back failed; the next run tries again", e);
    }
  }
}
