package be.loketopmaat.adapters.federal.kits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.federal.contract.BiometricsKitsContract;
import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.simulator.BiometricsKitSimulator;
import be.loketopmaat.application.port.out.federal.BiometricsKits;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.population.NisCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kits' adapter against the kits' simulator over real HTTP on the loopback interface: the
 * contract, then an outage, server errors and answers off the contract.
 */
class HttpBiometricsKitsTest extends BiometricsKitsContract {
  private static final Instant START = Instant.parse("2026-12-08T08:40:00Z");
  private static final String ANTWERP_KEY = "antwerp-kits-key";
  private static final String LEUVEN_KEY = "leuven-kits-key";
  private static final CircuitBreakerSettings LENIENT =
      new CircuitBreakerSettings(50f, 100, 100, Duration.ofMinutes(1), 1);

  private BiometricsKitSimulator simulator;
  private HttpBiometricsKits antwerp;
  private HttpBiometricsKits leuven;
  private HttpBiometricsKits wrongKey;

  @BeforeEach
  void start() {
    simulator = BiometricsKitSimulator.start(0, START);
    simulator.addPartner(NisCode.ANTWERP, ANTWERP_KEY);
    simulator.addPartner(NisCode.LEUVEN, LEUVEN_KEY);
    simulator.addKit(NisCode.ANTWERP, KIT);
    antwerp = adapter(NisCode.ANTWERP, ANTWERP_KEY);
    leuven = adapter(NisCode.LEUVEN, LEUVEN_KEY);
    wrongKey = adapter(NisCode.ANTWERP, "not-the-key");
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  private HttpBiometricsKits adapter(NisCode municipality, String key) {
    return new HttpBiometricsKits(
        EndpointSettings.plain(simulator.baseUri(), Duration.ofMillis(500), Duration.ofMillis(600)),
        new PartnerCredentials(municipality, key),
        LENIENT);
  }

  @Override
  protected BiometricsKits kits() {
    return antwerp;
  }

  @Override
  protected BiometricsKits otherMunicipalitysKits() {
    return leuven;
  }

  @Override
  protected BiometricsKits kitsWithWrongKey() {
    return wrongKey;
  }

  @Override
  protected List<UUID> visitsOnTheKit(String kit) {
    return simulator.visitsOn(kit).stream().map(BiometricsKitSimulator.Visit::id).toList();
  }

  @Override
  protected void capture(String kit, UUID visit) {
    simulator.advance(Duration.ofMinutes(7));
    simulator.capture(kit, visit, "agent An");
  }

  @Override
  protected LocalDateTime capturedAt() {
    return LocalDateTime.ofInstant(simulator.now(), CityTime.ZONE);
  }

  @Override
  protected void handOver(String kit, UUID visit, boolean fingerprintsMatch) {
    simulator.handOver(kit, visit, "agent An", fingerprintsMatch);
  }

  @Override
  protected void notDone(String kit, UUID visit, String reason) {
    simulator.notDone(kit, visit, "agent An", reason);
  }

  @Override
  protected void offline(String kit) {
    simulator.offline(kit);
  }

  @Override
  protected void online(String kit) {
    simulator.online(kit);
  }

  @Test
  void theKitShowsTheVisitAsLoaded() {
    UUID visit = UUID.randomUUID();
    antwerp.load(delivery(visit));
    BiometricsKitSimulator.Visit shown = simulator.visitsOn(KIT).get(0);
    assertThat(shown.nationalNumber()).isEqualTo(HOLDER.digits());
    assertThat(shown.productionNumber()).isEqualTo("BE2026-000001");
    assertThat(shown.purpose()).isEqualTo(KitContract.Purpose.DELIVERY);
    assertThat(shown.start()).hasToString("10:15");
  }

  @Test
  void aServiceThatIsDownOrFailsIsUnavailableAndTakesNothing() {
    simulator.goDown();
    assertThatThrownBy(() -> antwerp.load(application(UUID.randomUUID())))
        .isInstanceOf(SystemUnavailableException.class);
    simulator.comeBack();
    simulator.faults().answerServerError(503);
    assertThatThrownBy(() -> antwerp.reportsAfter(0, 10))
        .isInstanceOf(SystemUnavailableException.class)
        .hasMessageContaining("503");
    simulator.faults().clear();
    assertThat(simulator.visitsOn(KIT)).isEmpty();
  }

  @Test
  void theSimulatorRefusesWorkOnAVisitTheKitDoesNotShow() {
    UUID visit = UUID.randomUUID();
    assertThatThrownBy(() -> simulator.capture(KIT, visit, "agent An"))
        .isInstanceOf(IllegalStateException.class);
    antwerp.load(application(visit));
    assertThatThrownBy(() -> simulator.handOver(KIT, visit, "agent An", true))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onAutopilotTheTeamDoesEachVisitOnceItsTimeHasCome() {
    simulator.autopilot("demo team");
    UUID application = UUID.randomUUID();
    UUID delivery = UUID.randomUUID();
    antwerp.load(application(application)); // 9:15 on 8 December, Brussels time
    antwerp.load(delivery(delivery)); // 10:15
    simulator.advance(Duration.ofMinutes(30)); // 10:10
    assertThat(antwerp.reportsAfter(0, 10).reports())
        .extracting(BiometricsKits.KitReport::visitId, BiometricsKits.KitReport::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(application, BiometricsKits.Outcome.CAPTURED));
    simulator.advance(Duration.ofHours(1));
    simulator.advance(Duration.ofHours(1));
    assertThat(antwerp.reportsAfter(0, 10).reports())
        .extracting(BiometricsKits.KitReport::outcome)
        .containsExactly(BiometricsKits.Outcome.CAPTURED, BiometricsKits.Outcome.HANDED_OVER);
  }
}
