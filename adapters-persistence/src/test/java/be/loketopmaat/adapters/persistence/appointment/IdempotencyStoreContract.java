package be.loketopmaat.adapters.persistence.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.persistence.jdbc.Concurrently;
import be.loketopmaat.adapters.persistence.jdbc.HeldTransaction;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.port.out.IdempotencyStore;
import be.loketopmaat.application.port.out.IdempotencyStore.Stored;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.AppointmentReference;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link IdempotencyStore} must do; run against each database by a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IdempotencyStoreContract {
  static final LocalDateTime AT = LocalDateTime.of(2027, 3, 1, 9, 0);
  static final AppointmentReference REFERENCE = new AppointmentReference("K7M-4QXD");

  @Inject IdempotencyStore store;
  @Inject Transactions transactions;
  @Inject TransactionOperations<Connection> operations;

  @BeforeEach
  void startEmpty() {
    Tables.empty(operations, "idempotency_key");
  }

  @Test
  void knowsNothingOfAKeyNeverClaimed() {
    assertThat(store.find("app", "key-1")).isEmpty();
  }

  @Test
  void aClaimedKeyHasItsFingerprintAndNoOutcomeYet() {
    store.claim("app", "key-1", "fingerprint-1", AT);

    assertThat(store.find("app", "key-1")).contains(new Stored("fingerprint-1", null, null));
  }

  @Test
  void forgetsKeysClaimedBeforeTheCutoffWithTheirCodes() {
    store.claim("app", "old", "fingerprint-1", AT.minusDays(2));
    store.complete("app", "old", REFERENCE, "the-code");
    store.claim("app", "new", "fingerprint-2", AT);

    assertThat(store.forgetBefore(AT.minusDays(1))).isEqualTo(1);

    assertThat(store.find("app", "old")).isEmpty();
    assertThat(store.find("app", "new")).isPresent();
  }

  @Test
  void aCompletedKeyGivesBackTheBookingsReferenceAndCode() {
    store.claim("app", "key-1", "fingerprint-1", AT);

    store.complete("app", "key-1", REFERENCE, "the-code");

    assertThat(store.find("app", "key-1")).contains(new Stored("fingerprint-1", REFERENCE, "the-code"));
  }

  @Test
  void refusesASecondClaimOfAKeyAndKeepsTheFirst() {
    store.claim("app", "key-1", "fingerprint-1", AT);

    assertThatThrownBy(() -> store.claim("app", "key-1", "fingerprint-2", AT))
        .isInstanceOfSatisfying(AlreadyExistsException.class, e -> {
          assertThat(e.kind()).isEqualTo("idempotency key");
          assertThat(e.code()).isEqualTo("key-1");
        });
    assertThat(store.find("app", "key-1")).contains(new Stored("fingerprint-1", null, null));
  }

  @Test
  void keysAreScopedByClient() {
    store.claim("app", "key-1", "from the app", AT);
    store.claim("contact-centre", "key-1", "from the contact centre", AT);

    assertThat(store.find("app", "key-1")).map(Stored::fingerprint).contains("from the app");
    assertThat(store.find("contact-centre", "key-1")).map(Stored::fingerprint).contains("from the contact centre");
  }

  @Test
  void requestsWithoutAClientShareTheEmptyClientsScope() {
    store.claim(null, "key-1", "fingerprint-1", AT);
    store.complete(null, "key-1", REFERENCE, "the-code");

    assertThat(store.find(null, "key-1")).contains(new Stored("fingerprint-1", REFERENCE, "the-code"));
    assertThat(store.find("", "key-1")).contains(new Stored("fingerprint-1", REFERENCE, "the-code"));
    assertThatThrownBy(() -> store.claim("", "key-1", "fingerprint-2", AT)).isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void completingAKeyNeverClaimedIsABug() {
    assertThatThrownBy(() -> store.complete("app", "key-1", REFERENCE, "the-code"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.find("app", "key-1")).isEmpty();
  }

  @Test
  void aClaimIsRolledBackWithItsBooking() {
    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      store.claim("app", "key-1", "fingerprint-1", AT);
      throw new IllegalStateException("the booking failed");
    })).hasMessage("the booking failed");

    assertThat(store.find("app", "key-1")).isEmpty();
    store.claim("app", "key-1", "fingerprint-1", AT);
  }

  @Test
  void aConcurrentClaimWaitsForTheFirstAndFailsWhenItCommits() throws Exception {
    try (HeldTransaction first = HeldTransaction.start(transactions,
        () -> store.claim("app", "key-1", "first", AT))) {
      CompletableFuture<Object> second = HeldTransaction.meanwhile(transactions, () -> {
        store.claim("app", "key-1", "second", AT);
        return null;
      });

      Thread.sleep(300);
      assertThat(second).isNotDone();

      first.commit();
      assertThatThrownBy(second::get).isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(AlreadyExistsException.class);
    }
    assertThat(store.find("app", "key-1")).map(Stored::fingerprint).contains("first");
  }

  @Test
  void aConcurrentClaimWaitsForTheFirstAndTakesTheKeyWhenItRollsBack() throws Exception {
    try (HeldTransaction first = HeldTransaction.start(transactions,
        () -> store.claim("app", "key-1", "first", AT))) {
      CompletableFuture<Object> second = HeldTransaction.meanwhile(transactions, () -> {
        store.claim("app", "key-1", "second", AT);
        return "claimed";
      });

      Thread.sleep(300);
      assertThat(second).isNotDone();

      first.rollBack();
      assertThat(second.get()).isEqualTo("claimed");
    }
    assertThat(store.find("app", "key-1")).map(Stored::fingerprint).contains("second");
  }

  @Test
  void ofConcurrentClaimsOfOneKeyExactlyOneWins() throws InterruptedException {
    List<Throwable> outcomes = Concurrently.run(8, i -> transactions.inTransaction(() -> {
      store.claim("app", "key-1", "claim " + i, AT);
      return null;
    }));

    assertThat(outcomes).filteredOn(Objects::isNull).hasSize(1);
    assertThat(outcomes).filteredOn(Objects::nonNull).hasSize(7)
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(AlreadyExistsException.class));
    assertThat(Tables.rows(operations, "idempotency_key")).isEqualTo(1);
  }
}
