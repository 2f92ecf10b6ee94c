package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.out.federal.DocumentProduction;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first run talks to simulators of the federal systems; a city running for real says {@code
 * loket.federal.simulators=false}, and then a system left without its URL is refused with its
 * reason instead of orders going to a simulator nobody watches.
 */
class FederalSimulatorsOptInTest {
  /** A root certificate file, as a city names Belgium's eID roots (here: a test PKI's). */
  private static final java.nio.file.Path EID_ROOT = eidRoot();

  private static java.nio.file.Path eidRoot() {
    try {
      java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("eid-roots");
      java.nio.file.Path root = folder.resolve("root.der");
      java.nio.file.Files.write(
          root,
          be.loketopmaat.adapters.kiosk.virtualcard.TestPki.loadOrGenerate(
                  folder.resolve("test-pki.p12"), "Opt-in")
              .root()
              .certificate()
              .getEncoded());
      return root;
    } catch (java.io.IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> properties() {
    Map<String, Object> properties = new HashMap<>(TestDatabase.postgres("e2e_simulators"));
    properties.put("loket.city", "antwerp");
    properties.put("micronaut.server.port", "-1");
    properties.put("loket.federal.enabled", "false");
    return properties;
  }

  /** Every federal system's URL and key, as a city running for real sets them. */
  private static Map<String, Object> everyUrl() {
    Map<String, Object> properties = properties();
    // A start that fails leaves its beans unclosed, its connection pool too: keep that pool small,
    // or the failed starts hold PostgreSQL connections until the suite's JVM ends.
    properties.put("datasources.default.maximum-pool-size", "3");
    properties.put("datasources.default.minimum-idle", "0");
    properties.put("loket.federal.simulators", "false");
    properties.put("loket.kiosk.eid-roots", EID_ROOT.toString());
    properties.put("loket.kiosk.pseudonym-key", "a-pseudonym-key-of-this-city");
    for (String system : List.of("beldrive", "production", "kits", "magda", "ebox", "dabs")) {
      properties.put("loket.federal." + system + ".url", "http://127.0.0.1:9");
      properties.put("loket.federal." + system + ".api-key", "key");
    }
    return properties;
  }

  @Test
  void withoutSimulatorsAMissingUrlStopsTheStartWithItsReason() {
    Map<String, String> reasons =
        Map.of(
            "production", "No card production configured: set loket.federal.production.url",
            "beldrive", "No BelDrive configured: set loket.federal.beldrive.url",
            "kits", "No biometrics kits' sync service configured: set loket.federal.kits.url",
            "magda", "No MAGDA population register configured: set loket.federal.magda.url",
            "ebox", "No eBox configured: set loket.federal.ebox.url",
            "dabs", "No DABS civil-status database configured: set loket.federal.dabs.url");
    Map<String, Object> withoutRoots = everyUrl();
    withoutRoots.remove("loket.kiosk.eid-roots");
    assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, withoutRoots).close())
        .hasStackTraceContaining("No eID roots configured: set loket.kiosk.eid-roots");
    Map<String, Object> withoutKey = everyUrl();
    withoutKey.remove("loket.kiosk.pseudonym-key");
    assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, withoutKey).close())
        .hasStackTraceContaining("No pseudonym key configured: set loket.kiosk.pseudonym-key");
    reasons.forEach(
        (system, reason) -> {
          Map<String, Object> properties = everyUrl();
          properties.remove("loket.federal." + system + ".url");
          assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, properties).close())
              .as(system)
              .hasStackTraceContaining(reason);
        });
  }

  @Test
  void withoutSimulatorsAndWithEveryUrlTheServiceStarts() {
    Map<String, Object> properties = everyUrl();
    try (ApplicationContext context =
        ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext()) {
      assertThat(context.getBean(DocumentProduction.class)).isNotNull();
      assertThat(context.findBean(FederalLinks.EmbeddedProduction.class)).isEmpty();
      assertThat(context.findBean(HomeVisits.EmbeddedKits.class)).isEmpty();
      assertThat(context.findBean(RegisterLinks.EmbeddedMagda.class)).isEmpty();
      assertThat(context.findBean(RegisterLinks.EmbeddedMailbox.class)).isEmpty();
      assertThat(context.findBean(CivilStatusLinks.EmbeddedDabs.class)).isEmpty();
    }
  }

  @Test
  void byDefaultTheFirstRunUsesTheSimulators() {
    try (ApplicationContext context =
        ApplicationContext.run(EmbeddedServer.class, properties()).getApplicationContext()) {
      assertThat(context.getBean(DocumentProduction.class)).isNotNull();
      assertThat(context.getBean(FederalLinks.EmbeddedProduction.class).simulator().baseUri())
          .isNotNull();
      assertThat(context.getBean(RegisterLinks.EmbeddedMagda.class).simulator().baseUri())
          .isNotNull();
      assertThat(context.getBean(RegisterLinks.EmbeddedMailbox.class).simulator().baseUri())
          .isNotNull();
      assertThat(context.getBean(CivilStatusLinks.EmbeddedDabs.class).simulator().baseUri())
          .isNotNull();
      // The first run's kits are the Antwerp team's, on autopilot.
      assertThat(
              context
                  .getBean(HomeVisits.EmbeddedKits.class)
                  .simulator()
                  .isOnline("kit-antwerpen-1"))
          .isTrue();
    }
  }
}
