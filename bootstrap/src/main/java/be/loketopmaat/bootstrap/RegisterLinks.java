package be.loketopmaat.bootstrap;

import be.loketopmaat.adapters.federal.ebox.HttpCitizenMailbox;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.http.TlsSettings;
import be.loketopmaat.adapters.federal.magda.MagdaPopulationRegister;
import be.loketopmaat.adapters.federal.simulator.CitizenMailboxSimulator;
import be.loketopmaat.adapters.federal.simulator.MagdaSimulator;
import be.loketopmaat.application.port.out.federal.CitizenMailbox;
import be.loketopmaat.domain.population.NisCode;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the population register (MAGDA, SOAP over mutual TLS) and the citizen's eBox from {@code
 * loket.federal.magda.*} and {@code loket.federal.ebox.*}. With no URL configured, as in the first
 * run, the service starts that system's simulator next to itself (MAGDA with its test personas, the
 * eBox with a key of its own), so that the Automate channel can be walked; a city sets the URLs,
 * keys and TLS stores to reach the real ones, and {@code loket.federal.simulators=false} makes a
 * missing URL stop the start.
 */
@Factory
public class RegisterLinks {
  private static final Logger LOG = LoggerFactory.getLogger(RegisterLinks.class);

  /** What the startup checked of {@code loket.federal.magda.*} and {@code .ebox.*}. */
  public record RegistersConfiguration(boolean magdaSimulated, boolean eboxSimulated) {}

  @Context
  RegistersConfiguration registersConfiguration(
      @Value("${loket.federal.simulators:true}") boolean simulatorsAllowed,
      @Nullable @Value("${loket.federal.magda.url:}") String magdaUrl,
      @Nullable @Value("${loket.federal.ebox.url:}") String eboxUrl) {
    boolean magda = magdaUrl == null || magdaUrl.isBlank();
    boolean ebox = eboxUrl == null || eboxUrl.isBlank();
    if (magda) {
      FederalLinks.requireSimulatorsAllowed(
          simulatorsAllowed, "loket.federal.magda.url", "MAGDA population register");
    }
    if (ebox) {
      FederalLinks.requireSimulatorsAllowed(simulatorsAllowed, "loket.federal.ebox.url", "eBox");
    }
    return new RegistersConfiguration(magda, ebox);
  }

  /** The simulated MAGDA of the first run, with its test personas. */
  @Singleton
  @Bean(preDestroy = "close")
  @Requires(missingProperty = "loket.federal.magda.url")
  EmbeddedMagda embeddedMagda(Clock clock) {
    MagdaSimulator simulator = MagdaSimulator.start(0, clock);
    LOG.warn(
        "No MAGDA configured (loket.federal.magda.url): the population register is the simulator"
            + " at {}, with its test personas",
        simulator.baseUri());
    return new EmbeddedMagda(simulator);
  }

  public record EmbeddedMagda(MagdaSimulator simulator) {
    public void close() {
      simulator.close();
    }
  }

  /** The simulated eBox of the first run. */
  @Singleton
  @Bean(preDestroy = "close")
  @Requires(missingProperty = "loket.federal.ebox.url")
  EmbeddedMailbox embeddedMailbox(
      @Value("${loket.federal.municipality:11002}") String municipality) {
    CitizenMailboxSimulator simulator = CitizenMailboxSimulator.start(0);
    String apiKey = FederalLinks.randomKey();
    simulator.addPartner(NisCode.of(municipality), apiKey);
    LOG.warn(
        "No eBox configured (loket.federal.ebox.url): documents for citizens' eBoxes go to the"
            + " simulator at {}",
        simulator.baseUri());
    return new EmbeddedMailbox(simulator, apiKey);
  }

  public record EmbeddedMailbox(CitizenMailboxSimulator simulator, String apiKey) {
    public void close() {
      simulator.close();
    }
  }

  /** The register, also the list of the residents' cards that run out (eID renewal). */
  @Singleton
  MagdaPopulationRegister populationRegister(
      @Nullable EmbeddedMagda embedded,
      @Nullable @Value("${loket.federal.magda.url:}") String url,
      @Value("${loket.federal.municipality:11002}") String municipality,
      @Value("${loket.federal.magda.connect-timeout:5s}") Duration connectTimeout,
      @Value("${loket.federal.magda.request-timeout:20s}") Duration requestTimeout,
      @Nullable @Value("${loket.federal.magda.key-store:}") String keyStore,
      @Nullable @Value("${loket.federal.magda.key-store-password:}") String keyStorePassword,
      @Nullable @Value("${loket.federal.magda.trust-store:}") String trustStore,
      @Nullable @Value("${loket.federal.magda.trust-store-password:}") String trustStorePassword,
      Clock clock) {
    EndpointSettings endpoint;
    if (embedded != null) {
      endpoint =
          EndpointSettings.plain(embedded.simulator().baseUri(), connectTimeout, requestTimeout);
    } else {
      TlsSettings tls =
          keyStore == null || keyStore.isBlank()
              ? null
              : new TlsSettings(
                  Path.of(keyStore),
                  chars(keyStorePassword),
                  Path.of(trustStore == null ? "" : trustStore),
                  chars(trustStorePassword));
      endpoint = new EndpointSettings(URI.create(url), connectTimeout, requestTimeout, tls);
    }
    return new MagdaPopulationRegister(endpoint, NisCode.of(municipality), clock);
  }

  private static char[] chars(String password) {
    return password == null ? new char[0] : password.toCharArray();
  }

  @Singleton
  CitizenMailbox citizenMailbox(
      @Nullable EmbeddedMailbox embedded,
      @Nullable @Value("${loket.federal.ebox.url:}") String url,
      @Value("${loket.federal.ebox.api-key:}") String apiKey,
      @Value("${loket.federal.municipality:11002}") String municipality,
      @Value("${loket.federal.ebox.connect-timeout:5s}") Duration connectTimeout,
      @Value("${loket.federal.ebox.request-timeout:20s}") Duration requestTimeout,
      @Value("${loket.federal.circuit.wait-in-open:30s}") Duration waitInOpen) {
    URI base = embedded != null ? embedded.simulator().baseUri() : URI.create(url);
    String key = embedded != null ? embedded.apiKey() : apiKey;
    return new HttpCitizenMailbox(
        EndpointSettings.plain(base, connectTimeout, requestTimeout),
        new PartnerCredentials(NisCode.of(municipality), key),
        FederalLinks.circuit(waitInOpen));
  }
}
