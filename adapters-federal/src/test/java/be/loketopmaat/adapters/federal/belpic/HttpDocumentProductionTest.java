package be.loketopmaat.adapters.federal.belpic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.federal.contract.DocumentProductionContract;
import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.simulator.DocumentProductionSimulator;
import be.loketopmaat.adapters.federal.simulator.Faults;
import be.loketopmaat.adapters.federal.simulator.MagdaPersonas;
import be.loketopmaat.application.port.out.federal.DocumentProduction;
import be.loketopmaat.application.port.out.federal.DocumentProduction.OrderRefusedException;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionEvent;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionOrder;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionReceipt;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.population.NisCode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Belpic adapter against the document production simulator, over real HTTP on the loopback
 * interface: the contract, then timeouts, hangs, drops, server errors and the circuit breaker.
 */
class HttpDocumentProductionTest extends DocumentProductionContract {
  /** A Wednesday, 10:00 in Brussels. */
  private static final Instant START = Instant.parse("2026-12-02T09:00:00Z");

  private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(600);
  private static final String ANTWERP_KEY = "antwerp-partner-key";
  private static final String LEUVEN_KEY = "leuven-partner-key";

  /** Opens after 4 failures out of 4 calls; stays open long enough for a test. */
  private static final CircuitBreakerSettings LENIENT =
      new CircuitBreakerSettings(50f, 100, 100, Duration.ofMinutes(1), 1);

  private DocumentProductionSimulator simulator;
  private HttpDocumentProduction antwerp;
  private HttpDocumentProduction leuven;
  private HttpDocumentProduction wrongKey;

  @BeforeEach
  void start() {
    simulator = DocumentProductionSimulator.start(0, START);
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

  private HttpDocumentProduction adapter(
      NisCode municipality, String key, CircuitBreakerSettings circuit) {
    return new HttpDocumentProduction(
        EndpointSettings.plain(simulator.baseUri(), Duration.ofMillis(500), REQUEST_TIMEOUT),
        new PartnerCredentials(municipality, key),
        circuit);
  }

  @Override
  protected DocumentProduction production() {
    return antwerp;
  }

  @Override
  protected DocumentProduction otherMunicipalitysProduction() {
    return leuven;
  }

  @Override
  protected DocumentProduction productionWithWrongKey() {
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
  protected NationalNumber person() {
    return MagdaPersonas.ANTWERP_RESIDENT;
  }

  @Override
  protected NationalNumber unknownPerson() {
    return MagdaPersonas.UNKNOWN;
  }

  @Override
  protected LocalDate today() {
    return simulator.now().atZone(CityTime.ZONE).toLocalDate();
  }

  @Override
  protected void advanceWorkingDays(int days) {
    simulator.advanceWorkingDays(days);
  }

  @Override
  protected int timesMade(UUID orderId) {
    return simulator.timesOrdered(orderId);
  }

  @Override
  protected boolean activated(String productionNumber) {
    return simulator.activated(productionNumber);
  }

  @Override
  protected boolean returned(String productionNumber) {
    return simulator.returned(productionNumber);
  }

  @Override
  protected void refuseNextOrder(String code, String reason) {
    simulator.refuseNext(code, reason);
  }

  @Override
  protected NationalNumber cardHolder() {
    return MagdaPersonas.ANTWERP_PARTNER;
  }

  @Override
  protected void addressChangePending(NationalNumber person) {
    simulator.addressChangePending(person.digits());
  }

  @Override
  protected void noActiveCard(NationalNumber person) {
    simulator.noActiveCard(person.digits());
  }

  @Test
  void aCodesLetterOrderedOnWednesdayArrivesThreeWeeksLater() {
    ProductionReceipt receipt = antwerp.orderCodes(aCodeOrder(cardHolder()));

    assertThat(receipt.expectedDelivery()).isEqualTo(LocalDate.parse("2026-12-23"));
  }

  @Test
  void anOrderOnWednesdayIsDeliveredOnThursdayOfTheNextWeek() {
    ProductionReceipt receipt = antwerp.order(anOrder(false));
    ProductionReceipt urgent = antwerp.order(anOrder(true));

    assertThat(receipt.expectedDelivery()).isEqualTo(LocalDate.parse("2026-12-10"));
    assertThat(urgent.expectedDelivery()).isEqualTo(LocalDate.parse("2026-12-04"));
  }

  @Test
  void timesAreTheCitysLocalTimes() {
    ProductionOrder order = anOrder(false);
    antwerp.order(order);
    simulator.advanceWorkingDays(1);

    assertThat(antwerp.eventsAfter(0, 10).events())
        .extracting(ProductionEvent::at)
        .containsExactly(
            LocalDateTime.parse("2026-12-02T10:00:00"), LocalDateTime.parse("2026-12-03T10:00:00"));
  }

  @Test
  void aRepeatedOrderReachesTheProductionButIsMadeOnce() {
    ProductionOrder order = anOrder(false);
    antwerp.order(order);
    antwerp.order(order);
    antwerp.order(order);

    assertThat(simulator.ordersReceived(order.id())).isEqualTo(3);
    assertThat(simulator.timesOrdered(order.id())).isEqualTo(1);
  }

  @Test
  void anOrderWhoseAnswerWasLostIsMadeOnceWhenSentAgain() throws InterruptedException {
    ProductionOrder order = anOrder(false);
    simulator.faults().next(1, new Faults.Slow(Duration.ofMillis(1500)));
    assertUnavailable(() -> antwerp.order(order), "no answer within 600 ms");
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (simulator.timesOrdered(order.id()) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(simulator.timesOrdered(order.id())).as("made, though its answer was lost").isOne();

    ProductionReceipt receipt = antwerp.order(order);

    assertThat(receipt.productionNumber()).isNotBlank();
    assertThat(simulator.timesOrdered(order.id())).isEqualTo(1);
  }

  @Test
  void aRefusalInProductionIsInTheFeedWithItsReason() {
    ProductionOrder order = anOrder(false);
    antwerp.order(order);
    simulator.advanceWorkingDays(1);
    simulator.refuseInProduction(order.id(), "The photo is not usable");
    simulator.advanceWorkingDays(10);

    assertThat(antwerp.eventsAfter(0, 10).events())
        .extracting(ProductionEvent::state, ProductionEvent::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DocumentState.ORDERED, null),
            org.assertj.core.groups.Tuple.tuple(DocumentState.IN_PRODUCTION, null),
            org.assertj.core.groups.Tuple.tuple(DocumentState.REFUSED, "The photo is not usable"));
  }

  @Test
  void aServerErrorIsUnavailable() {
    simulator.faults().answerServerError(503);
    assertUnavailable(() -> antwerp.order(anOrder(false)), "HTTP 503");
    assertUnavailable(() -> antwerp.eventsAfter(0, 10), "HTTP 503");
    assertUnavailable(() -> antwerp.activate("BE2026-000001"), "HTTP 503");
  }

  @Test
  void aHangingProductionIsUnavailableAfterTheRequestTimeout() {
    simulator.faults().hang();
    long start = System.nanoTime();

    assertUnavailable(() -> antwerp.order(anOrder(false)), "no answer within 600 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aDroppedConnectionIsUnavailable() {
    simulator.faults().dropConnections();
    assertUnavailable(() -> antwerp.eventsAfter(0, 10), "the connection failed");
  }

  @Test
  void aProductionThatIsDownIsUnavailable() {
    simulator.goDown();
    assertUnavailable(() -> antwerp.order(anOrder(false)), "connection refused");
  }

  @Test
  void aWrongKeyIsSaidToBeTheKey() {
    assertUnavailable(() -> wrongKey.order(anOrder(false)), "HTTP 401");
    assertUnavailable(() -> wrongKey.order(anOrder(false)), "check the API key");
  }

  @Test
  void anotherMunicipalitysKeyIsForbidden() {
    HttpDocumentProduction leuvenKeyForAntwerp = adapter(NisCode.ANTWERP, LEUVEN_KEY, LENIENT);
    ProductionOrder order = anOrder(false);

    assertUnavailable(() -> leuvenKeyForAntwerp.order(order), "HTTP 403");
    assertThat(simulator.timesOrdered(order.id())).isZero();
  }

  @Test
  void afterEnoughFailuresTheCircuitOpensAndCallsFailWithoutReachingTheProduction() {
    HttpDocumentProduction guarded =
        adapter(
            NisCode.ANTWERP,
            ANTWERP_KEY,
            new CircuitBreakerSettings(50f, 4, 4, Duration.ofMinutes(1), 1));
    simulator.faults().answerServerError(503);
    for (int i = 0; i < 4; i++) {
      assertUnavailable(() -> guarded.eventsAfter(0, 10), "HTTP 503");
    }
    assertThat(guarded.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
    simulator.faults().clear();
    int seen = simulator.requestsSeen();
    ProductionOrder order = anOrder(false);

    assertUnavailable(() -> guarded.order(order), "the circuit is open");
    assertUnavailable(() -> guarded.eventsAfter(0, 10), "the circuit is open");
    assertUnavailable(() -> guarded.activate("BE2026-000001"), "the circuit is open");
    assertThat(simulator.requestsSeen()).isEqualTo(seen);
    assertThat(simulator.ordersReceived(order.id())).isZero();
  }

  @Test
  void fewerFailuresThanTheThresholdKeepTheCircuitClosed() {
    HttpDocumentProduction guarded =
        adapter(
            NisCode.ANTWERP,
            ANTWERP_KEY,
            new CircuitBreakerSettings(50f, 4, 4, Duration.ofMinutes(1), 1));
    simulator.faults().next(1, new Faults.ServerError(500));
    assertUnavailable(() -> guarded.eventsAfter(0, 10), "HTTP 500");
    for (int i = 0; i < 5; i++) {
      guarded.eventsAfter(0, 10);
    }

    assertThat(guarded.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void refusalsDoNotOpenTheCircuit() {
    HttpDocumentProduction guarded =
        adapter(
            NisCode.ANTWERP,
            ANTWERP_KEY,
            new CircuitBreakerSettings(50f, 4, 4, Duration.ofMinutes(1), 1));
    for (int i = 0; i < 8; i++) {
      simulator.refuseNext("PHOTO_REJECTED", "The photo does not meet the ICAO norm");
      assertThatThrownBy(() -> guarded.order(anOrder(false)))
          .isInstanceOf(OrderRefusedException.class);
      assertThatThrownBy(() -> guarded.activate("BE1999-999999"))
          .isInstanceOf(OrderRefusedException.class);
    }

    assertThat(guarded.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(guarded.order(anOrder(false)).productionNumber()).isNotBlank();
  }

  @Test
  void anOpenCircuitLetsATrialCallThroughAfterItsWaitAndClosesWhenItSucceeds()
      throws InterruptedException {
    HttpDocumentProduction guarded =
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
  void aProductionNumberOutsideTheContractIsNotSent() {
    int seen = simulator.requestsSeen();
    assertThatThrownBy(() -> antwerp.activate("../events"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(simulator.requestsSeen()).isEqualTo(seen);
  }

  private static void assertUnavailable(ThrowingCallable call, String detail) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SystemUnavailableException.class,
            e -> assertThat(e.system()).isEqualTo("Belpic document production"))
        .hasMessageContaining(detail);
  }
}
