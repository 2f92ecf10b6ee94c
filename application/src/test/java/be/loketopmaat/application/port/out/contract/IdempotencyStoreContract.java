package be.loketopmaat.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.out.IdempotencyStore;
import be.loketopmaat.application.port.out.IdempotencyStore.KeyClaimedException;
import be.loketopmaat.application.port.out.IdempotencyStore.Stored;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.AppointmentReference;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link IdempotencyStore} must do, as one caller sees it; run against the JDBC adapter
 * on each database and against the services' in-memory fake by a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IdempotencyStoreContract {
  protected static final LocalDateTime AT = LocalDateTime.of(2027, 3, 1, 9, 0);
  protected static final AppointmentReference REFERENCE = new AppointmentReference("K7M-4QXD");

  /** The store under test, empty, with the transactions it joins. */
  public record Subject(IdempotencyStore store, Transactions transactions) {}

  protected IdempotencyStore store;
  protected Transactions transactions;

  protected abstract Subject emptyStore();

  @BeforeEach
  void startEmpty() {
    Subject subject = emptyStore();
    store = subject.store();
    transactions = subject.transactions();
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

    assertThat(store.find("app", "key-1"))
        .contains(new Stored("fingerprint-1", REFERENCE, "the-code"));
  }

  @Test
  void refusesASecondClaimOfAKeyAndKeepsTheFirst() {
    store.claim("app", "key-1", "fingerprint-1", AT);

    assertThatThrownBy(() -> store.claim("app", "key-1", "fingerprint-2", AT))
        .isInstanceOf(KeyClaimedException.class)
        .hasMessageContaining("key-1")
        .hasMessageContaining("app");
    assertThat(store.find("app", "key-1")).contains(new Stored("fingerprint-1", null, null));
  }

  @Test
  void keysAreScopedByClient() {
    store.claim("app", "key-1", "from the app", AT);
    store.claim("contact-centre", "key-1", "from the contact centre", AT);

    assertThat(store.find("app", "key-1")).map(Stored::fingerprint).contains("from the app");
    assertThat(store.find("contact-centre", "key-1"))
        .map(Stored::fingerprint)
        .contains("from the contact centre");
  }

  @Test
  void requestsWithoutAClientShareTheEmptyClientsScope() {
    store.claim(null, "key-1", "fingerprint-1", AT);
    store.complete(null, "key-1", REFERENCE, "the-code");

    assertThat(store.find(null, "key-1"))
        .contains(new Stored("fingerprint-1", REFERENCE, "the-code"));
    assertThat(store.find("", "key-1"))
        .contains(new Stored("fingerprint-1", REFERENCE, "the-code"));
    assertThatThrownBy(() -> store.claim("", "key-1", "fingerprint-2", AT))
        .isInstanceOf(KeyClaimedException.class);
  }

  @Test
  void completingAKeyNeverClaimedIsABug() {
    assertThatThrownBy(() -> store.complete("app", "key-1", REFERENCE, "the-code"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.find("app", "key-1")).isEmpty();
  }

  @Test
  void aClaimIsRolledBackWithItsBooking() {
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      store.claim("app", "key-1", "fingerprint-1", AT);
                      throw new IllegalStateException("the booking failed");
                    }))
        .hasMessage("the booking failed");

    assertThat(store.find("app", "key-1")).isEmpty();
    store.claim("app", "key-1", "fingerprint-1", AT);
  }
}
