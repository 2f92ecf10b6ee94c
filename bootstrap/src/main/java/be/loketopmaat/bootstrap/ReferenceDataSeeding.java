package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.SeedReferenceDataUseCase;
import be.loketopmaat.application.port.in.SeedReferenceDataUseCase.SeedReport;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the city's reference data into an empty database when the context starts, before the HTTP
 * server takes requests. A failure (a broken data file, a database of another city) stops the
 * start-up: a service without its catalogue would only answer wrongly.
 */
@Singleton
public class ReferenceDataSeeding implements ApplicationEventListener<StartupEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataSeeding.class);

  private final SeedReferenceDataUseCase seeding;

  public ReferenceDataSeeding(SeedReferenceDataUseCase seeding) {
    this.seeding = seeding;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    SeedReport report = seeding.seedIfEmpty();
    if (report.seeded()) {
      LOG.info(
          "Loaded the reference data of {}: {} products, {} locations",
          report.city(),
          report.products(),
          report.locations());
    } else {
      LOG.info(
          "Serving {}: {} products, {} locations",
          report.city(),
          report.products(),
          report.locations());
    }
  }
}
