package be.loketopmaat.bootstrap;

import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.kits.HttpBiometricsKits;
import be.loketopmaat.adapters.federal.simulator.BiometricsKitSimulator;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.HomeVisitStore;
import be.loketopmaat.application.port.out.ReferenceDataSource;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.BiometricsKits;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.port.out.federal.FeedPositions;
import be.loketopmaat.application.service.CachingLocationRepository;
import be.loketopmaat.application.service.CachingProductRepository;
import be.loketopmaat.application.service.HomeVisitService;
import be.loketopmaat.application.service.KitCalls;
import be.loketopmaat.application.service.MobileTeams;
import be.loketopmaat.application.service.OutboxCallSender;
import be.loketopmaat.domain.homevisit.MobileTeam;
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
 * Wires home visits: the city's mobile teams from its reference data, the planning, and the link to
 * the mobile biometrics kits' sync service from {@code loket.federal.kits.*}. With no URL
 * configured, as in the first run, the service starts the kits' simulator next to itself with the
 * teams' kits, on autopilot: the simulated teams do each visit once its time has come, so that the
 * road from the planning to the delivered card can be walked without anyone at a door.
 */
@Factory
public class HomeVisits {
  private static final Logger LOG = LoggerFactory.getLogger(HomeVisits.class);

  /** What the startup checked of {@code loket.federal.kits.*}. */
  public record KitsConfiguration(boolean simulated) {}

  @Context
  KitsConfiguration kitsConfiguration(
      @Value("${loket.federal.simulators:true}") boolean simulatorsAllowed,
      @Nullable @Value("${loket.federal.kits.url:}") String url) {
    boolean simulated = url == null || url.isBlank();
    if (simulated) {
      FederalLinks.requireSimulatorsAllowed(
          simulatorsAllowed, "loket.federal.kits.url", "biometrics kits' sync service");
    }
    return new KitsConfiguration(simulated);
  }

  /** The simulated kits of the first run (none once a real URL is configured). */
  @Singleton
  @Bean(preDestroy = "close")
  @Requires(missingProperty = "loket.federal.kits.url")
  EmbeddedKits embeddedKits(
      @Value("${loket.federal.municipality:11002}") String municipality,
      MobileTeams teams,
      Clock clock) {
    BiometricsKitSimulator simulator = BiometricsKitSimulator.start(0, clock.instant());
    String apiKey = FederalLinks.randomKey();
    NisCode city = NisCode.of(municipality);
    simulator.addPartner(city, apiKey);
    for (MobileTeam team : teams.all()) {
      simulator.addKit(city, team.kit());
    }
    simulator.autopilot("simulated mobile team");
    LOG.warn(
        "No biometrics kits' sync service configured (loket.federal.kits.url): home visits go to"
            + " the simulator at {}, whose teams do every visit on time",
        simulator.baseUri());
    return new EmbeddedKits(simulator, apiKey);
  }

  /** The simulator the first run loads its home visits onto, with the key it gave the city. */
  public record EmbeddedKits(BiometricsKitSimulator simulator, String apiKey) {
    public void close() {
      simulator.close();
    }
  }

  @Singleton
  BiometricsKits biometricsKits(
      @Nullable EmbeddedKits embedded,
      @Nullable @Value("${loket.federal.kits.url:}") String url,
      @Value("${loket.federal.kits.api-key:}") String apiKey,
      @Value("${loket.federal.municipality:11002}") String municipality,
      @Value("${loket.federal.kits.connect-timeout:5s}") Duration connectTimeout,
      @Value("${loket.federal.kits.request-timeout:20s}") Duration requestTimeout,
      @Value("${loket.federal.circuit.wait-in-open:30s}") Duration waitInOpen) {
    URI base = embedded != null ? embedded.simulator().baseUri() : URI.create(url);
    String key = embedded != null ? embedded.apiKey() : apiKey;
    return new HttpBiometricsKits(
        EndpointSettings.plain(base, connectTimeout, requestTimeout),
        new PartnerCredentials(NisCode.of(municipality), key),
        FederalLinks.circuit(waitInOpen));
  }

  @Singleton
  MobileTeams mobileTeams(ReferenceDataSource source, CachingLocationRepository locations) {
    return new MobileTeams(source.load().mobileTeams(), locations);
  }

  @Singleton
  HomeVisitService homeVisitService(
      HomeVisitStore visits,
      MobileTeams teams,
      DocumentOrderStore orders,
      FederalOutbox outbox,
      BiometricsKits kits,
      FeedPositions positions,
      CachingProductRepository products,
      CachingLocationRepository locations,
      CityProfileUseCase city,
      Transactions transactions,
      Clock clock) {
    return new HomeVisitService(
        visits,
        teams,
        orders,
        outbox,
        kits,
        positions,
        products,
        locations,
        city,
        transactions,
        clock);
  }

  /** Loads visits onto the kits and takes them off, for the federal outbox's worker. */
  @Singleton
  OutboxCallSender kitCalls(
      BiometricsKits kits,
      HomeVisitStore visits,
      DocumentOrderStore orders,
      MobileTeams teams,
      FederalOutbox outbox) {
    return new KitCalls(kits, visits, orders, teams, outbox);
  }
}
