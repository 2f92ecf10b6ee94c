package be.loketopmaat.adapters.persistence.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.persistence.jdbc.DatabaseProperties;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.KioskStore;
import be.loketopmaat.application.port.out.KioskUsageLog;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.kiosk.AttestVerification;
import be.loketopmaat.domain.kiosk.Kiosk;
import be.loketopmaat.domain.kiosk.KioskChallenge;
import be.loketopmaat.domain.kiosk.KioskEvent;
import be.loketopmaat.domain.kiosk.KioskEventKind;
import be.loketopmaat.domain.kiosk.KioskLogin;
import be.loketopmaat.domain.kiosk.KioskStatus;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.population.NisCode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The kiosks' store and usage log on PostgreSQL: kiosks and their state, a challenge taken once
 * only (also by concurrent takers), sessions ended once, attests printed or dropped, and the log
 * kept (also when the work it was written in fails), newest first.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskStoreOnPostgresTest implements TestPropertyProvider {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);
  static final LocationCode SITE = new LocationCode("bib-de-poort");

  @Inject KioskStore store;
  @Inject KioskUsageLog log;
  @Inject Transactions transactions;
  @Inject TransactionOperations<Connection> operations;

  @Override
  public Map<String, String> getProperties() {
    return DatabaseProperties.postgres("persistence_it_kiosks");
  }

  @BeforeEach
  void empty() {
    Tables.empty(
        operations,
        "kiosk_event",
        "kiosk_ticket",
        "kiosk_attest",
        "kiosk_login",
        "kiosk_challenge",
        "kiosk");
  }

  @Test
  void aKioskComesBackWithItsStateUpdated() {
    Kiosk kiosk = Kiosk.register(SITE, "Zuil 1", "ab".repeat(32), NOW);
    store.insert(kiosk);
    assertThat(store.find(kiosk.id())).contains(kiosk);
    assertThat(store.update(kiosk.disabled())).isTrue(); // never seen yet: no last heartbeat

    Kiosk seen = kiosk.seen(KioskStatus.JAMMED, NOW.plusMinutes(1)).disabled();
    assertThat(store.update(seen)).isTrue();

    assertThat(store.all()).containsExactly(seen);
  }

  @Test
  void aChallengeIsTakenOnceEvenByConcurrentTakers() throws Exception {
    Kiosk kiosk = registered();
    KioskChallenge challenge = KioskChallenge.fresh(kiosk.id(), NOW.plusMinutes(1));
    store.insertChallenge(challenge);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Optional<KioskChallenge>>> takes = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        takes.add(pool.submit(() -> store.takeChallenge(challenge.id(), kiosk.id())));
      }
      List<KioskChallenge> taken = new ArrayList<>();
      for (Future<Optional<KioskChallenge>> take : takes) {
        take.get().ifPresent(taken::add);
      }
      assertThat(taken)
          .singleElement()
          .satisfies(t -> assertThat(t.value()).isEqualTo(challenge.value()));
    } finally {
      pool.shutdown();
    }
    assertThat(store.takeChallenge(challenge.id(), kiosk.id())).isEmpty();
  }

  @Test
  void aSessionEndsOnceAndAnAttestIsPrintedOrDropped() {
    Kiosk kiosk = registered();
    KioskLogin login =
        new KioskLogin(
            "cd".repeat(32),
            kiosk.id(),
            new NationalNumber("85073100328"),
            "Anna Peeters",
            Language.FR,
            NOW,
            NOW.plusMinutes(10),
            false);
    store.insertLogin(login);
    assertThat(store.findLogin(login.tokenHash())).contains(login);
    assertThat(store.endLogin(login.tokenHash())).isTrue();
    assertThat(store.endLogin(login.tokenHash())).isFalse();
    assertThat(store.findLogin(login.tokenHash()).orElseThrow().ended()).isTrue();

    AttestVerification attest =
        new AttestVerification(
            "code-1", AttestModel.LIFE, NisCode.ANTWERP, NOW, kiosk.id(), SITE, false);
    store.insertAttest(attest);
    store.insertAttest(
        new AttestVerification(
            "code-2", AttestModel.LIFE, NisCode.ANTWERP, NOW, kiosk.id(), SITE, false));
    assertThat(store.markPrinted("code-1", kiosk.id())).isTrue();
    assertThat(store.removePending("code-1", kiosk.id())).isFalse();
    assertThat(store.findAttest("code-1").orElseThrow().printed()).isTrue();
    assertThat(store.removePending("code-2", kiosk.id())).isTrue();
    assertThat(store.findAttest("code-2")).isEmpty();
  }

  @Test
  void aTicketsSlipIsReportedByItsKioskFailedOnceAndPrintedOnce() {
    Kiosk kiosk = registered();
    Kiosk other = registered();
    java.util.UUID ticket = java.util.UUID.randomUUID();
    store.insertTicket(ticket, kiosk.id(), NOW);

    assertThat(store.reportSlip(ticket, other.id(), true, NOW)).as("another kiosk").isFalse();
    assertThat(store.reportSlip(java.util.UUID.randomUUID(), kiosk.id(), true, NOW)).isFalse();
    assertThat(store.reportSlip(ticket, kiosk.id(), false, NOW)).isTrue();
    assertThat(store.reportSlip(ticket, kiosk.id(), false, NOW)).as("failed once").isFalse();
    assertThat(store.reportSlip(ticket, kiosk.id(), true, NOW.plusMinutes(1))).isTrue();
    assertThat(store.reportSlip(ticket, kiosk.id(), true, NOW)).as("printed once").isFalse();
    assertThat(store.reportSlip(ticket, kiosk.id(), false, NOW)).isFalse();
  }

  @Test
  void theLogIsKeptNewestFirstAlsoWhenTheWorkFails() {
    Kiosk kiosk = registered();
    KioskEvent first =
        new KioskEvent(kiosk.id(), SITE, KioskEventKind.SESSION_OPENED, "p1", null, NOW);
    KioskEvent second =
        new KioskEvent(
            kiosk.id(), SITE, KioskEventKind.LOGIN_FAILED, null, "wrong PIN", NOW.plusMinutes(1));
    log.append(first);
    try {
      transactions.inTransaction(
          () -> {
            log.append(second);
            throw new IllegalStateException("the work failed");
          });
    } catch (IllegalStateException expected) {
      // the attempt stays in the log
    }

    assertThat(log.of(kiosk.id(), 10)).containsExactly(second, first);
    assertThat(log.between(NOW, NOW.plusMinutes(1))).containsExactly(first);
  }

  private Kiosk registered() {
    Kiosk kiosk = Kiosk.register(SITE, "Zuil 1", "ab".repeat(32), NOW);
    store.insert(kiosk);
    return kiosk;
  }
}
