package be.loketopmaat.bootstrap;

import be.loketopmaat.adapters.federal.beldrive.HttpDrivingLicenceRegister;
import be.loketopmaat.adapters.federal.belpic.HttpDocumentProduction;
import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.http.ResilienceBackoff;
import be.loketopmaat.adapters.federal.simulator.DocumentProductionSimulator;
import be.loketopmaat.adapters.federal.simulator.DrivingLicenceSimulator;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.DocumentProduction;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.port.out.federal.FeedPositions;
import be.loketopmaat.application.service.CachingLocationRepository;
import be.loketopmaat.application.service.CachingProductRepository;
import be.loketopmaat.application.service.CodeLetters;
import be.loketopmaat.application.service.FederalSync;
import be.loketopmaat.application.service.IdentityDocumentService;
import be.loketopmaat.application.service.ManagementLinks;
import be.loketopmaat.application.service.OutboxCallSender;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.population.NisCode;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the road of identity documents and driving licences and the links to the card production
 * and BelDrive from {@code loket.federal.*}. With no production URL (or no BelDrive URL)
 * configured, as in the first run, the service starts that system's simulator next to itself, on
 * the loopback interface with a key of its own, so that the whole road can be walked; a city sets
 * {@code loket.federal.production.url} / {@code loket.federal.beldrive.url} and its partner keys to
 * reach the real ones.
 */
@Factory
public class FederalLinks {
  private static final Logger LOG = LoggerFactory.getLogger(FederalLinks.class);

  /** What the startup checked of {@code loket.federal.*}. */
  public record FederalConfiguration(boolean simulatorsAllowed) {}

  /**
   * Checked at startup: with {@code loket.federal.simulators=false}, every federal system needs its
   * URL, so that a city running for real cannot send orders to a simulator by a forgotten setting.
   */
  @Context
  FederalConfiguration federalConfiguration(
      @Value("${loket.federal.simulators:true}") boolean simulatorsAllowed,
      @Nullable @Value("${loket.federal.production.url:}") String productionUrl,
      @Nullable @Value("${loket.federal.beldrive.url:}") String beldriveUrl) {
    if (productionUrl == null || productionUrl.isBlank()) {
      requireSimulatorsAllowed(
          simulatorsAllowed, "loket.federal.production.url", "card production");
    }
    if (beldriveUrl == null || beldriveUrl.isBlank()) {
      requireSimulatorsAllowed(simulatorsAllowed, "loket.federal.beldrive.url", "BelDrive");
    }
    return new FederalConfiguration(simulatorsAllowed);
  }

  /** The simulated production of the first run (none once a real URL is configured). */
  @Singleton
  @Bean(preDestroy = "close")
  @Requires(missingProperty = "loket.federal.production.url")
  EmbeddedProduction embeddedProduction(
      @Value("${loket.federal.municipality:11002}") String municipality, Clock clock) {
    DocumentProductionSimulator simulator = DocumentProductionSimulator.start(0, clock.instant());
    String apiKey = randomKey();
    simulator.addPartner(NisCode.of(municipality), apiKey);
    LOG.warn(
        "No card production configured (loket.federal.production.url): document orders go to"
            + " the simulator at {}",
        simulator.baseUri());
    return new EmbeddedProduction(simulator, apiKey);
  }

  /** The simulated BelDrive of the first run (none once a real URL is configured). */
  @Singleton
  @Bean(preDestroy = "close")
  @Requires(missingProperty = "loket.federal.beldrive.url")
  EmbeddedRegister embeddedRegister(
      @Value("${loket.federal.municipality:11002}") String municipality, Clock clock) {
    DrivingLicenceSimulator simulator = DrivingLicenceSimulator.start(0, clock.instant());
    String apiKey = randomKey();
    simulator.addPartner(NisCode.of(municipality), apiKey);
    LOG.warn(
        "No BelDrive configured (loket.federal.beldrive.url): driving licences are followed in"
            + " the simulator at {}",
        simulator.baseUri());
    return new EmbeddedRegister(simulator, apiKey);
  }

  /**
   * A city running for real sets {@code loket.federal.simulators=false}: a federal system left
   * without its URL then stops the service with its reason, instead of orders silently going to a
   * simulator.
   */
  static void requireSimulatorsAllowed(boolean allowed, String property, String system) {
    if (!allowed) {
      throw new IllegalStateException(
          "No "
              + system
              + " configured: set "
              + property
              + " (and its api-key), or loket.federal.simulators=true to run against the simulator");
    }
  }

  static String randomKey() {
    byte[] key = new byte[24];
    new SecureRandom().nextBytes(key);
    return HexFormat.of().formatHex(key);
  }

  @Singleton
  DrivingLicenceRegister drivingLicenceRegister(
      @Nullable EmbeddedRegister embedded,
      @Nullable @Value("${loket.federal.beldrive.url:}") String url,
      @Value("${loket.federal.beldrive.api-key:}") String apiKey,
      @Value("${loket.federal.municipality:11002}") String municipality,
      @Value("${loket.federal.beldrive.connect-timeout:5s}") Duration connectTimeout,
      @Value("${loket.federal.beldrive.request-timeout:20s}") Duration requestTimeout,
      @Value("${loket.federal.circuit.wait-in-open:30s}") Duration waitInOpen) {
    URI base = embedded != null ? embedded.simulator().baseUri() : URI.create(url);
    String key = embedded != null ? embedded.apiKey() : apiKey;
    return new HttpDrivingLicenceRegister(
        EndpointSettings.plain(base, connectTimeout, requestTimeout),
        new PartnerCredentials(NisCode.of(municipality), key),
        circuit(waitInOpen));
  }

  static CircuitBreakerSettings circuit(Duration waitInOpen) {
    CircuitBreakerSettings defaults = CircuitBreakerSettings.defaults();
    return new CircuitBreakerSettings(
        defaults.failureRateThreshold(),
        defaults.slidingWindowSize(),
        defaults.minimumNumberOfCalls(),
        waitInOpen,
        defaults.permittedCallsInHalfOpenState());
  }

  @Singleton
  DocumentProduction documentProduction(
      @Nullable EmbeddedProduction embedded,
      @Nullable @Value("${loket.federal.production.url:}") String url,
      @Value("${loket.federal.production.api-key:}") String apiKey,
      @Value("${loket.federal.municipality:11002}") String municipality,
      @Value("${loket.federal.production.connect-timeout:5s}") Duration connectTimeout,
      @Value("${loket.federal.production.request-timeout:20s}") Duration requestTimeout,
      @Value("${loket.federal.circuit.wait-in-open:30s}") Duration waitInOpen) {
    URI base = embedded != null ? embedded.simulator().baseUri() : URI.create(url);
    String key = embedded != null ? embedded.apiKey() : apiKey;
    return new HttpDocumentProduction(
        EndpointSettings.plain(base, connectTimeout, requestTimeout),
        new PartnerCredentials(NisCode.of(municipality), key),
        circuit(waitInOpen));
  }

  @Singleton
  IdentityDocumentService identityDocumentService(
      DocumentOrderStore orders,
      FederalOutbox outbox,
      CachingProductRepository products,
      CachingLocationRepository locations,
      CityProfileUseCase city,
      Transactions transactions,
      Clock clock) {
    return new IdentityDocumentService(
        orders, outbox, products, locations, city, transactions, clock);
  }

  @Singleton
  FederalSync federalSync(
      DocumentProduction production,
      DrivingLicenceRegister register,
      FederalOutbox outbox,
      DocumentOrderStore orders,
      FeedPositions positions,
      Notifier notifier,
      CachingProductRepository products,
      CachingLocationRepository locations,
      Transactions transactions,
      @Value("${loket.federal.municipality:11002}") String municipality,
      @Value("${loket.federal.batch-size:50}") int batchSize,
      @Value("${loket.federal.parallelism:4}") int parallelism,
      @Value("${loket.federal.lease:2m}") Duration lease,
      @Value("${loket.federal.max-attempts:500}") int maxAttempts,
      @Value("${loket.federal.backoff.first:5s}") Duration firstRetry,
      @Value("${loket.federal.backoff.max:15m}") Duration maxRetry,
      @Value("${loket.federal.beldrive.product:driving-licence}") String licenceProduct,
      Clock clock,
      ManagementLinks links,
      List<OutboxCallSender> senders,
      CodeLetters codeLetters) {
    return new FederalSync(
        production,
        register,
        outbox,
        orders,
        positions,
        notifier,
        products,
        locations,
        transactions,
        new ResilienceBackoff(
            firstRetry,
            ResilienceBackoff.DEFAULT_MULTIPLIER,
            ResilienceBackoff.DEFAULT_RANDOMIZATION_FACTOR,
            maxRetry),
        new FederalSync.Settings(
            NisCode.of(municipality),
            batchSize,
            lease,
            maxAttempts,
            new ProductCode(licenceProduct),
            parallelism),
        clock,
        links,
        senders,
        codeLetters::apply);
  }

  /** The simulated BelDrive the first run follows, with the key it gave the city. */
  public record EmbeddedRegister(DrivingLicenceSimulator simulator, String apiKey) {
    public void close() {
      simulator.close();
    }
  }

  /** The simulator the first run orders from, with the key it gave the city. */
  public record EmbeddedProduction(DocumentProductionSimulator simulator, String apiKey) {
    public void close() {
      simulator.close();
    }
  }
}
