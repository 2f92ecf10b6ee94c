package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.CivilStatusDeclarationsUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets civil-status declarations whose road ended past {@code loket.civil-status.retention},
 * every hour (the act itself lives in DABS); safe on any number of instances at once.
 */
@Singleton
public class CivilStatusCleanUp {
  private static final Logger LOG = LoggerFactory.getLogger(CivilStatusCleanUp.class);

  private final CivilStatusDeclarationsUseCase declarations;

  public CivilStatusCleanUp(CivilStatusDeclarationsUseCase declarations) {
    this.declarations = declarations;
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "7m")
  void run() {
    try {
      int forgotten = declarations.forgetEnded();
      if (forgotten > 0) {
        LOG.info("Forgot {} civil-status declarations past their retention", forgotten);
      }
    } catch (RuntimeException e) {
      LOG.warn("The civil-status clean-up failed; the next run tries again", e);
    }
  }
}
