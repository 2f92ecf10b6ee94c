package be.loketopmaat.adapters.federal.beldrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.federal.contract.DrivingLicenceRegisterContract;
import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.simulator.DrivingLicenceSimulator;
import be.loketopmaat.adapters.federal.simulator.Faults;
import be.loketopmaat.adapters.federal.simulator.MagdaPersonas;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.ApplicationRefusedException;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.LicenceEvent;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.LicenceState;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.NisCode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The BelDrive adapter against the driving-licence simulator, over real HTTP on the loopback
 * interface: the contract, then timings, timeouts, hangs, drops, server errors and the circuit
 * breaker.
 */
class HttpDrivingLicenceRegisterTest extends DrivingLicenceRegisterContract {
  /** A Wednesday, 10:00 in Brussels. */
  private static final Instant START = Instant.parse("2026-12-02T09:00:00Z");

  private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(600);
  private static final String ANTWERP_KEY = "antwerp-beldrive-key";
  private static final String LEUVEN_KEY = "leuven-beldrive-key";

  /** Does not open within a test unless a test means it to. */
  private static final CircuitBreakerSettings LENIENT =
      new CircuitBreakerSettings(50f, 100, 100, Duration.ofMinutes(1), 1);

  /** Opens after 4 failures out of 4 calls. */
  private static final CircuitBreakerSettings STRICT =
      new CircuitBreakerSettings(50f, 4, 4, Duration.ofMinutes(1), 1);

  private DrivingLicenceSimulator simulator;
  private HttpDrivingLicenceRegister antwerp;
  private HttpDrivingLicenceRegister leuven;
  private HttpDrivingLicenceRegister wrongKey;

  @BeforeEach
  void start() {
    simulator = DrivingLicenceSimulator.start(0, START);
    simulator.addPartner(NisCode.ANTWERP, ANTWERP_KEY);
    simulator.addPartner(NisCode.LEUVEN, LEUVEN_KEY);
    antwerp = adapter(NisCode.ANTWERP, ANTWERP_KEY, LENIENT);
    leuven = adapter(NisCode.LEUVEN, LEUVEN_KEY, LENIENT);
    wrongKey = adapter(NisCode.ANTWERP, "not-the-key", LENIENT);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  private HttpDrivingLicenceRegister adapter(
      NisCode municipality, String key, CircuitBreakerSettings circuit) {
    return new HttpDrivingLicenceRegister(
        EndpointSettings.plain(simulator.baseUri(), Duration.ofMillis(500), REQUEST_TIMEOUT),
        new PartnerCredentials(municipality, key),
        circuit);
  }

  @Override
  protected DrivingLicenceRegister register() {
    return antwerp;
  }

  @Override
  protected DrivingLicenceRegister otherMunicipalitysRegister() {
    return leuven;
  }

  @Override
  protected DrivingLicenceRegister registerWithWrongKey() {
    return wrongKey;
  }

  @Override
  protected NisCode municipality() {
    return NisCode.ANTWERP;
  }

  @Override
  protected NisCode otherMunicipality() {
    return NisCode.LEUVEN;
  }

  @Override
  protected NationalNumber resident() {
    return MagdaPersonas.ANTWERP_RESIDENT;
  }

  @Override
  protected NationalNumber otherResident() {
    return MagdaPersonas.LEUVEN_RESIDENT;
  }

  @Override
  protected String apply(
      NisCode municipality,
      NationalNumber holder,
      String name,
      String category,
      LocationCode deliveryPoint) {
    return simulator.apply(municipality, holder, name, category, deliveryPoint);
  }

  @Override
  protected String apply(
      NisCode municipality,
      NationalNumber holder,
      String name,
      String category,
      LocationCode deliveryPoint,
      DrivingLicenceRegister.Contact contact) {
    return simulator.apply(municipality, holder, name, category, deliveryPoint, contact);
  }

  @Override
  protected LocalDateTime now() {
    return LocalDateTime.ofInstant(simulator.now(), CityTime.ZONE);
  }

  @Override
  protected void advance(Duration duration) {
    simulator.advance(duration);
  }

  @Override
  protected void advanceWorkingDays(int days) {
    simulator.advanceWorkingDays(days);
  }

  @Override
  protected void refuse(String applicationId, String reason) {
    simulator.refuse(applicationId, reason);
  }

  @Override
  protected void cancel(String applicationId) {
    simulator.cancel(applicationId);
  }

  @Override
  protected int deliveriesReported(String applicationId) {
    return simulator.deliveriesReported(applicationId);
  }

  @Test
  void anApplicationOnWednesdayIsReadyOnThursdayOfTheNextWeekInTheCitysTime() {
    String id = anApplication();
    simulator.advanceWorkingDays(10);

    assertThat(eventsOf(id, antwerp))
        .extracting(LicenceEvent::at)
        .containsExactly(
            LocalDateTime.parse("2026-12-02T10:00:00"),
            LocalDateTime.parse("2026-12-02T11:00:00"),
            LocalDateTime.parse("2026-12-03T10:00:00"),
            LocalDateTime.parse("2026-12-10T10:00:00"));
  }

  @Test
  void theReportedHandOverIsSentInTheCitysTimeAndReadBackTheSame() {
    String id = aCardReadyForPickup();
    // The last Sunday of March 2027: at 03:00 the city's clocks went to summer time.
    LocalDateTime afterTheClockChange = LocalDateTime.parse("2027-03-28T09:15:00");

    antwerp.delivered(id, afterTheClockChange);

    assertThat(eventsOf(id, antwerp).get(4).at()).isEqualTo(afterTheClockChange);
  }

  @Test
  void aServerErrorIsUnavailable() {
    simulator.faults().answerServerError(503);
    assertUnavailable(() -> antwerp.eventsAfter(0, 10), "HTTP 503");
    assertUnavailable(() -> antwerp.delivered("BD2026-000001", now()), "HTTP 503");
  }

  @Test
  void aHangingRegisterIsUnavailableAfterTheRequestTimeout() {
    simulator.faults().hang();
    long start = System.nanoTime();

    assertUnavailable(() -> antwerp.eventsAfter(0, 10), "no answer within 600 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aSlowAnswerWithinTheTimeoutIsServed() {
    anApplication();
    simulator.faults().next(1, new Faults.Slow(Duration.ofMillis(200)));

    assertThat(antwerp.eventsAfter(0, 10).events()).hasSize(1);
  }

  @Test
  void aDroppedConnectionIsUnavailable() {
    simulator.faults().dropConnections();
    assertUnavailable(() -> antwerp.eventsAfter(0, 10), "the connection failed");
    assertUnavailable(() -> antwerp.delivered("BD2026-000001", now()), "the connection failed");
  }

  @Test
  void aRegisterThatIsDownIsUnavailable() {
    simulator.goDown();
    assertUnavailable(() -> antwerp.eventsAfter(0, 10), "connection refused");
  }

  @Test
  void aHandOverWhoseAnswerWasLostIsRecordedOnceWhenReportedAgain() throws InterruptedException {
    String id = aCardReadyForPickup();
    LocalDateTime at = now();
    simulator.faults().next(1, new Faults.Slow(Duration.ofMillis(1500)));
    assertUnavailable(() -> antwerp.delivered(id, at), "no answer within 600 ms");
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (simulator.state(id) != BelDriveContract.State.DELIVERED
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }

    antwerp.delivered(id, at);

    assertThat(statesOf(id, antwerp)).containsOnlyOnce(LicenceState.DELIVERED);
    assertThat(simulator.deliveriesReported(id)).isEqualTo(2);
  }

  @Test
  void aWrongKeyIsSaidToBeTheKey() {
    assertUnavailable(() -> wrongKey.eventsAfter(0, 10), "HTTP 401");
    assertUnavailable(() -> wrongKey.eventsAfter(0, 10), "check the API key");
  }

  @Test
  void anotherMunicipalitysKeyIsForbiddenAndChangesNothing() {
    String id = aCardReadyForPickup();
    HttpDrivingLicenceRegister leuvenKeyForAntwerp = adapter(NisCode.ANTWERP, LEUVEN_KEY, LENIENT);

    assertUnavailable(() -> leuvenKeyForAntwerp.eventsAfter(0, 10), "HTTP 403");
    assertUnavailable(() -> leuvenKeyForAntwerp.delivered(id, now()), "HTTP 403");
    assertThat(simulator.deliveriesReported(id)).isZero();
    assertThat(simulator.state(id)).isEqualTo(BelDriveContract.State.READY_FOR_PICKUP);
  }

  @Test
  void afterEnoughFailuresTheCircuitOpensAndCallsFailWithoutReachingTheRegister() {
    String id = aCardReadyForPickup();
    HttpDrivingLicenceRegister guarded = adapter(NisCode.ANTWERP, ANTWERP_KEY, STRICT);
    simulator.faults().answerServerError(503);
    for (int i = 0; i < 4; i++) {
      assertUnavailable(() -> guarded.eventsAfter(0, 10), "HTTP 503");
    }
    assertThat(guarded.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
    simulator.faults().clear();
    int seen = simulator.requestsSeen();

    assertUnavailable(() -> guarded.eventsAfter(0, 10), "the circuit is open");
    assertUnavailable(() -> guarded.delivered(id, now()), "the circuit is open");
    assertThat(simulator.requestsSeen()).isEqualTo(seen);
    assertThat(simulator.deliveriesReported(id)).isZero();
    assertThat(simulator.state(id)).isEqualTo(BelDriveContract.State.READY_FOR_PICKUP);
  }

  @Test
  void timeoutsAndDropsOpenTheCircuitToo() {
    HttpDrivingLicenceRegister guarded = adapter(NisCode.ANTWERP, ANTWERP_KEY, STRICT);
    simulator.faults().next(2, new Faults.Hang());
    assertUnavailable(() -> guarded.eventsAfter(0, 10), "no answer within 600 ms");
    assertUnavailable(() -> guarded.eventsAfter(0, 10), "no answer within 600 ms");
    // Always: the JDK's client sends a GET once more on a connection closed without an answer.
    simulator.faults().dropConnections();
    assertUnavailable(() -> guarded.eventsAfter(0, 10), "the connection failed");
    assertUnavailable(() -> guarded.eventsAfter(0, 10), "the connection failed");

    assertThat(guarded.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
    simulator.faults().clear();
  }

  @Test
  void fewerFailuresThanTheThresholdKeepTheCircuitClosed() {
    HttpDrivingLicenceRegister guarded = adapter(NisCode.ANTWERP, ANTWERP_KEY, STRICT);
    simulator.faults().next(1, new Faults.ServerError(500));
    assertUnavailable(() -> guarded.eventsAfter(0, 10), "HTTP 500");
    for (int i = 0; i < 5; i++) {
      guarded.eventsAfter(0, 10);
    }

    assertThat(guarded.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void refusalsDoNotOpenTheCircuit() {
    HttpDrivingLicenceRegister guarded = adapter(NisCode.ANTWERP, ANTWERP_KEY, STRICT);
    String notReady = anApplication();
    for (int i = 0; i < 8; i++) {
      assertThatThrownBy(() -> guarded.delivered("BD1999-999999", now()))
          .isInstanceOf(ApplicationRefusedException.class);
      assertThatThrownBy(() -> guarded.delivered(notReady, now()))
          .isInstanceOf(ApplicationRefusedException.class);
    }

    assertThat(guarded.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(guarded.eventsAfter(0, 10).events()).isNotEmpty();
  }

  @Test
  void anOpenCircuitLetsATrialCallThroughAfterItsWaitAndClosesWhenItSucceeds()
      throws InterruptedException {
    HttpDrivingLicenceRegister guarded =
        adapter(
            NisCode.ANTWERP,
            ANTWERP_KEY,
            new CircuitBreakerSettings(50f, 2, 2, Duration.ofMillis(200), 1));
    simulator.goDown();
    assertUnavailable(() -> guarded.eventsAfter(0, 10), "connection refused");
    assertUnavailable(() -> guarded.eventsAfter(0, 10), "connection refused");
    assertUnavailable(() -> guarded.eventsAfter(0, 10), "for up to 200 ms");
    simulator.comeBack();
    Thread.sleep(300);

    assertThat(guarded.eventsAfter(0, 10).events()).isEmpty();
    assertThat(guarded.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void aPageIsAtMostAsLongAsTheContractAllows() {
    assertThat(antwerp.eventsAfter(0, 10_000).events()).isEmpty();
    assertThatThrownBy(() -> antwerp.eventsAfter(-1, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> antwerp.eventsAfter(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anApplicationIdOutsideTheContractOrNoTimeIsNotSent() {
    int seen = simulator.requestsSeen();
    assertThatThrownBy(() -> antwerp.delivered("../events", now()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> antwerp.delivered(null, now()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> antwerp.delivered("BD2026-000001", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(simulator.requestsSeen()).isEqualTo(seen);
  }

  private static void assertUnavailable(ThrowingCallable call, String detail) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SystemUnavailableException.class,
            e -> assertThat(e.system()).isEqualTo("BelDrive driving-licence register"))
        .hasMessageContaining(detail);
  }
}
