package be.loketopmaat.adapters.federal.ebox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.federal.contract.CitizenMailboxContract;
import be.loketopmaat.adapters.federal.http.CircuitBreakerSettings;
import be.loketopmaat.adapters.federal.http.EndpointSettings;
import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.simulator.CitizenMailboxSimulator;
import be.loketopmaat.adapters.federal.simulator.Faults;
import be.loketopmaat.application.port.out.federal.CitizenMailbox;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.mailbox.MessageKey;
import be.loketopmaat.domain.mailbox.Publication;
import be.loketopmaat.domain.population.NisCode;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The eBox adapter against the mailbox simulator, over real HTTP on the loopback interface: the
 * contract, then credentials, a lost answer retried under its key, server errors, hangs, outages
 * and the circuit breaker.
 */
class HttpCitizenMailboxTest extends CitizenMailboxContract {
  private static final String KEY = "antwerp-ebox-key";
  private static final CircuitBreakerSettings LENIENT =
      new CircuitBreakerSettings(50f, 100, 100, Duration.ofMinutes(1), 1);
  private static final CircuitBreakerSettings STRICT =
      new CircuitBreakerSettings(50f, 4, 4, Duration.ofMinutes(1), 1);

  private CitizenMailboxSimulator simulator;
  private HttpCitizenMailbox antwerp;

  @BeforeEach
  void start() {
    simulator = CitizenMailboxSimulator.start(0);
    simulator.addPartner(NisCode.ANTWERP, KEY);
    simulator.addPartner(NisCode.LEUVEN, "leuven-ebox-key");
    antwerp = adapter(NisCode.ANTWERP, KEY, LENIENT);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  private HttpCitizenMailbox adapter(NisCode sender, String key, CircuitBreakerSettings circuit) {
    return new HttpCitizenMailbox(
        EndpointSettings.plain(simulator.baseUri(), Duration.ofMillis(500), Duration.ofMillis(600)),
        new PartnerCredentials(sender, key),
        circuit);
  }

  @Override
  protected CitizenMailbox mailbox() {
    return antwerp;
  }

  @Override
  protected void consent(NationalNumber citizen, boolean given) {
    simulator.consent(citizen.digits(), given);
  }

  @Override
  protected List<String> subjectsFor(NationalNumber citizen) {
    return simulator.messagesFor(citizen.digits()).stream()
        .map(CitizenMailboxSimulator.Received::subject)
        .toList();
  }

  @Override
  protected List<byte[]> documentsFor(NationalNumber citizen) {
    return simulator.messagesFor(citizen.digits()).stream()
        .flatMap(m -> m.documents().stream())
        .map(CitizenMailboxSimulator.Attachment::content)
        .toList();
  }

  @Override
  protected void read(String messageId) {
    simulator.read(messageId);
  }

  private static void assertUnavailable(ThrowingCallable call, String saying) {
    assertThatThrownBy(call)
        .isInstanceOf(SystemUnavailableException.class)
        .hasMessageContaining(saying);
  }

  @Test
  void aWrongKeyOrAnotherSendersKeyIsUnavailableAndPublishesNothing() {
    consent(AN, true);
    assertUnavailable(() -> adapter(NisCode.ANTWERP, "wrong", LENIENT).hasConsent(AN), "HTTP 401");
    assertUnavailable(
        () ->
            adapter(NisCode.ANTWERP, "leuven-ebox-key", LENIENT)
                .publish(attestFor(AN, "Uw attest"), MessageKey.random()),
        "HTTP 403");
    assertThat(simulator.publications()).isZero();
  }

  @Test
  void aPublicationWhoseAnswerWasLostIsPublishedOnceWhenSentAgainUnderItsKey()
      throws InterruptedException {
    consent(AN, true);
    MessageKey key = MessageKey.random();
    simulator.faults().next(1, new Faults.Slow(Duration.ofMillis(1_500)));

    // The mailbox publishes it, but its answer comes after the adapter stopped waiting.
    assertUnavailable(() -> antwerp.publish(attestFor(AN, "Uw attest"), key), "600 ms");
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (simulator.publications() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(simulator.publications()).as("published meanwhile, answer lost").isEqualTo(1);
    Publication retried = antwerp.publish(attestFor(AN, "Uw attest"), key);

    assertThat(retried.duplicate()).isTrue();
    assertThat(simulator.publications()).isEqualTo(1);
    assertThat(simulator.messagesFor(AN.digits()))
        .singleElement()
        .satisfies(m -> assertThat(m.messageId()).isEqualTo(retried.messageId()));
  }

  @Test
  void serverErrorsHangsAndOutagesAreUnavailable() {
    consent(AN, true);
    simulator.faults().next(1, new Faults.ServerError(503));
    assertUnavailable(() -> antwerp.hasConsent(AN), "HTTP 503");

    simulator.faults().hang();
    assertUnavailable(() -> antwerp.hasConsent(AN), "600 ms");
    simulator.faults().clear();

    simulator.goDown();
    assertThatThrownBy(() -> antwerp.publish(attestFor(AN, "Uw attest"), MessageKey.random()))
        .isInstanceOf(SystemUnavailableException.class);
    simulator.comeBack();
    assertThat(antwerp.hasConsent(AN)).isTrue();
    assertThat(simulator.publications()).isZero();
  }

  @Test
  void theCircuitOpensAfterFailuresAndARefusalDoesNotCountAgainstIt() {
    HttpCitizenMailbox strict = adapter(NisCode.ANTWERP, KEY, STRICT);
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> strict.publish(attestFor(BART, "x"), MessageKey.random()))
          .as("no consent: an answer")
          .isNotInstanceOf(SystemUnavailableException.class);
    }
    assertThat(strict.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);

    simulator.faults().answerServerError(500);
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> strict.hasConsent(AN))
          .isInstanceOf(SystemUnavailableException.class);
    }
    assertThat(strict.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
    int seen = simulator.publications();
    assertThatThrownBy(() -> strict.hasConsent(AN)).isInstanceOf(SystemUnavailableException.class);
    assertThat(simulator.publications()).isEqualTo(seen);
  }
}
