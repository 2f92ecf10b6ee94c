package be.loketopmaat.bootstrap;

import be.loketopmaat.adapters.federal.dabs.HttpDabs;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.simulator.DabsSimulator;
import be.loketopmaat.application.port.out.CivilStatusDeclarationStore;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.CitizenMailbox;
import be.loketopmaat.application.port.out.federal.CivilStatusRegistry;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.service.CivilStatusCalls;
import be.loketopmaat.application.service.CivilStatusDeclarationService;
import be.loketopmaat.application.service.OutboxCallSender;
import be.loketopmaat.domain.population.NisCode;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires civil-status declarations: the use case, the calls to DABS and the eBox that go out through
 * a sender of their own ({@link FederalOutbox.Call#CREATE_DRAFT_ACT}, {@code SIGN_ACT}, {@code
 * DELIVER_EXTRACT}), DABS from {@code loket.federal.dabs.*} and {@code
 * loket.civil-status.retention} for {@link CivilStatusCleanUp}. With no DABS URL, as in the first
 * run, the service starts the DABS simulator next to itself, with its test personas; {@code
 * loket.federal.simulators=false} makes a missing URL stop the start.
 */
@Factory
public class CivilStatusLinks {
  private static final Logger LOG = LoggerFactory.getLogger(CivilStatusLinks.class);

  /** What the startup checked of {@code loket.federal.dabs.*}. */
  public record DabsConfiguration(boolean simulated) {}

  @Context
  DabsConfiguration dabsConfiguration(
      @Value("${loket.federal.simulators:true}") boolean simulatorsAllowed,
      @Nullable @Value("${loket.federal.dabs.url:}") String url) {
    boolean simulated = url == null || url.isBlank();
    if (simulated) {
      FederalLinks.requireSimulatorsAllowed(
          simulatorsAllowed, "loket.federal.dabs.url", "DABS civil-status database");
    }
    return new DabsConfiguration(simulated);
  }

  /** The simulated DABS of the first run, with its test personas. */
  @Singleton
  @Bean(preDestroy = "close")
  @Requires(missingProperty = "loket.federal.dabs.url")
  EmbeddedDabs embeddedDabs(
      @Value("${loket.federal.municipality:11002}") String municipality, Clock clock) {
    DabsSimulator simulator = DabsSimulator.start(0, clock);
    String apiKey = FederalLinks.randomKey();
    simulator.addPartner(NisCode.of(municipality), apiKey);
    LOG.warn(
        "No DABS configured (loket.federal.dabs.url): civil-status declarations are drafted in"
            + " the simulator at {}, with its test personas",
        simulator.baseUri());
    return new EmbeddedDabs(simulator, apiKey);
  }

  public record EmbeddedDabs(DabsSimulator simulator, String apiKey) {
    public void close() {
      simulator.close();
    }
  }

  @Singleton
  CivilStatusRegistry civilStatusRegistry(
      @Nullable EmbeddedDabs embedded,
      @Nullable @Value("${loket.federal.dabs.url:}") String url,
      @Value("${loket.federal.dabs.api-key:}") String apiKey,
      @Value("${loket.federal.municipality:11002}") String municipality,
      @Value("${loket.federal.dabs.connect-timeout:5s}") Duration connectTimeout,
      @Value("${loket.federal.dabs.request-timeout:20s}") Duration requestTimeout,
      @Value("${loket.federal.circuit.wait-in-open:30s}") Duration waitInOpen) {
    URI base = embedded != null ? embedded.simulator().baseUri() : URI.create(url);
    String key = embedded != null ? embedded.apiKey() : apiKey;
    return new HttpDabs(
        EndpointSettings.plain(base, connectTimeout, requestTimeout),
        new PartnerCredentials(NisCode.of(municipality), key),
        FederalLinks.circuit(waitInOpen));
  }

  @Singleton
  CivilStatusDeclarationService civilStatusDeclarationService(
      CivilStatusDeclarationStore declarations,
      FederalOutbox outbox,
      Transactions transactions,
      @Value("${loket.civil-status.retention:90d}") Duration retention,
      Clock clock) {
    return new CivilStatusDeclarationService(declarations, outbox, transactions, retention, clock);
  }

  @Singleton
  OutboxCallSender civilStatusCalls(
      CivilStatusDeclarationStore declarations,
      CivilStatusRegistry registry,
      CitizenMailbox mailbox,
      RegisterReads reads,
      FederalOutbox outbox,
      Transactions transactions,
      Clock clock) {
    return new CivilStatusCalls(
        declarations, registry, mailbox, reads, outbox, transactions, clock);
  }
}
