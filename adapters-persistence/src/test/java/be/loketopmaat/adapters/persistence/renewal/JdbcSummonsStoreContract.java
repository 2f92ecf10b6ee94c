package be.loketopmaat.adapters.persistence.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.SummonsStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.renewal.ExpiringCard;
import be.loketopmaat.domain.renewal.Summons;
import be.loketopmaat.domain.renewal.SummonsOutcome;
import be.loketopmaat.domain.renewal.SummonsReason;
import be.loketopmaat.domain.renewal.SummonsState;
import be.loketopmaat.domain.renewal.SummonsToken;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The eID renewal summonses as the JDBC adapter stores them; one subclass a database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcSummonsStoreContract {
  static final LocalDate RUN = LocalDate.of(2027, 3, 1);
  static final LocalDateTime NOW = RUN.atTime(2, 45);
  static final LocalDate UNTIL = LocalDate.of(2027, 5, 10);
  static final NationalNumber JAN = NationalNumber.of("85073100328");
  static final NationalNumber DAAN = NationalNumber.of("75010206106");
  static final LocationCode HUB = new LocationCode("districtshuis-antwerpen");
  static final LocalDate DAY = RUN.plusDays(25);

  @Inject SummonsStore store;
  @Inject Transactions transactions;
  @Inject TransactionOperations<Connection> operations;

  @BeforeEach
  void empty() {
    Tables.empty(operations, "eid_summons");
  }

  static ExpiringCard card(NationalNumber insz, String email) {
    return new ExpiringCard(
        insz,
        "592123456789",
        UNTIL,
        new PersonName("Jan", "Peeters"),
        new Address("Lange Nieuwstraat 7", "2000", "Antwerpen"),
        Language.FR,
        email,
        null);
  }

  static Summons kept(NationalNumber insz, int hour, String tokenHash) {
    Slot slot = new Slot(HUB, DAY.atTime(hour, 0), DAY.atTime(hour, 20));
    return Summons.kept(
        card(insz, "jan@example.be"),
        RUN,
        slot,
        UUID.randomUUID(),
        slot.start().minusDays(3),
        tokenHash,
        "schedule",
        NOW);
  }

  @Test
  void aCardIsSummonedOnceWhateverTheRunAndComesBackAsItWasStored() {
    String hash = SummonsToken.hash(SummonsToken.generate());
    Summons first = kept(JAN, 9, hash);
    assertThat(store.insert(first)).isTrue();
    assertThat(store.decided(JAN, UNTIL, RUN.plusDays(1))).isTrue();
    assertThat(store.decided(JAN, UNTIL.plusYears(10), RUN)).as("another card").isFalse();
    assertThat(
            store.insert(
                Summons.withoutSlot(
                    card(JAN, "jan@example.be"),
                    RUN.plusDays(1),
                    SummonsReason.NO_SLOT,
                    "schedule",
                    NOW.plusDays(1))))
        .isFalse();

    Summons read = transactions.inTransaction(() -> store.findByTokenForUpdate(hash)).orElseThrow();
    assertThat(read).isEqualTo(first);
    assertThat(transactions.inTransaction(() -> store.findForUpdate(first.id()))).contains(first);
    assertThat(transactions.inTransaction(() -> store.findByTokenForUpdate("0".repeat(64))))
        .isEmpty();
  }

  @Test
  void aSkipIsRecordedOncePerRunDaySoThatALaterRunMaySummon() {
    Summons skip =
        Summons.withoutSlot(
            card(DAAN, "daan@example.be"), RUN, SummonsReason.APPOINTMENT_OPEN, "s", NOW);
    assertThat(store.insert(skip)).isTrue();
    assertThat(store.decided(DAAN, UNTIL, RUN)).isTrue();
    assertThat(store.decided(DAAN, UNTIL, RUN.plusDays(1))).isFalse();
    assertThat(
            store.insert(
                Summons.withoutSlot(
                    card(DAAN, "daan@example.be"), RUN, SummonsReason.APPOINTMENT_OPEN, "s", NOW)))
        .isFalse();
    Summons letter =
        Summons.withoutSlot(
            card(DAAN, null), RUN.plusDays(1), SummonsReason.BY_POST, "s", NOW.plusDays(1));
    assertThat(store.insert(letter)).isTrue();
    assertThat(store.decisions(RUN.plusDays(1), null, 10)).containsExactly(letter);
    assertThat(store.decisions(RUN.plusDays(1), null, 10).get(0).residence()).isNotNull();
  }

  @Test
  void theKeptSlotsOfADayCountUntilTheyAreClosedOrLapse() {
    Summons nine = kept(JAN, 9, SummonsToken.hash(SummonsToken.generate()));
    Summons ten = kept(DAAN, 10, SummonsToken.hash(SummonsToken.generate()));
    store.insert(nine);
    store.insert(ten);
    assertThat(store.keptOn(HUB, DAY, NOW)).isEqualTo(2);
    assertThat(store.keptOn(HUB, DAY.plusDays(1), NOW)).isZero();
    assertThat(store.keptOn(new LocationCode("elders"), DAY, NOW)).isZero();

    transactions.inTransaction(
        () -> {
          store.update(nine.released(NOW.plusDays(1)));
          return null;
        });
    assertThat(store.keptOn(HUB, DAY, NOW)).isEqualTo(1);
    assertThat(
            transactions.inTransaction(() -> store.findForUpdate(nine.id())).orElseThrow().state())
        .isEqualTo(SummonsState.RELEASED);

    LocalDateTime lapse = ten.keptUntil();
    assertThat(store.keptOn(HUB, DAY, lapse)).as("a lapsed slot keeps nothing").isZero();
    assertThat(store.lapsed(lapse.minusMinutes(1), 10)).isEmpty();
    assertThat(store.lapsed(lapse, 10)).extracting(Summons::id).containsExactly(ten.id());

    AppointmentReference reference = AppointmentReference.random();
    transactions.inTransaction(
        () -> {
          store.update(ten.confirmed(reference, NOW.plusDays(2)));
          return null;
        });
    Summons confirmed =
        store.decisions(RUN, SummonsOutcome.KEPT, 10).stream()
            .filter(s -> s.id().equals(ten.id()))
            .findFirst()
            .orElseThrow();
    assertThat(confirmed.appointment()).isEqualTo(reference);
    assertThat(confirmed.closedAt()).isEqualTo(NOW.plusDays(2));
    assertThat(store.lapsed(lapse, 10)).isEmpty();
  }

  @Test
  void theSummonsesOfCardsThatRanOutLongAgoAreDeleted() {
    store.insert(kept(JAN, 9, SummonsToken.hash(SummonsToken.generate())));
    assertThat(store.deleteCardsEndedBefore(UNTIL)).isZero();
    assertThat(store.deleteCardsEndedBefore(UNTIL.plusDays(1))).isEqualTo(1);
    assertThat(store.decisions(RUN, null, 10)).isEmpty();
  }
}
