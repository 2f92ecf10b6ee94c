package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.AttestRequestsUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets ended attest requests past {@code loket.attests.retention}, every hour; safe on any
 * number of instances at once.
 */
@Singleton
public class AttestCleanUp {
  private static final Logger LOG = LoggerFactory.getLogger(AttestCleanUp.class);

  private final AttestRequestsUseCase attests;

  public AttestCleanUp(AttestRequestsUseCase attests) {
    this.attests = attests;
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "5m")
  void run() {
    try {
      int forgotten = attests.forgetEnded();
      if (forgotten > 0) {
        LOG.info("Forgot {} attest requests past their retention", forgotten);
      }
    } catch (RuntimeException e) {
      LOG.warn("The attest clean-up failed; the next run tries again", e);
    }
  }
}
