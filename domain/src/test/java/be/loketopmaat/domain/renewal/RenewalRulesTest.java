package be.loketopmaat.domain.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.PersonName;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who is due for an eID renewal summons, the cap on kept slots, and a summons' one change. */
class RenewalRulesTest {
  static final LocalDate RUN = LocalDate.of(2027, 3, 1);
  static final LocalDateTime NOW = RUN.atTime(2, 45);
  static final Address HOME = new Address("Lange Nieuwstraat 7", "2000", "Antwerpen");

  static ExpiringCard card(LocalDate validUntil, String email) {
    return new ExpiringCard(
        NationalNumber.of("85073100328"),
        "592123456789",
        validUntil,
        new PersonName("Jan", "Peeters"),
        HOME,
        Language.FR,
        email,
        null);
  }

  @Test
  void aCardIsDueFromTheRunToTheEndOfTheHorizonAndNotAfterItRanOut() {
    DueRule rule = new DueRule(Period.ofDays(90));
    assertThat(rule.lastDue(RUN)).isEqualTo(RUN.plusDays(90));
    assertThat(rule.isDue(card(RUN, "a@example.be"), RUN)).isTrue();
    assertThat(rule.isDue(card(RUN.plusDays(90), "a@example.be"), RUN)).isTrue();
    assertThat(rule.isDue(card(RUN.plusDays(91), "a@example.be"), RUN)).isFalse();
    assertThat(rule.isDue(card(RUN.minusDays(1), "a@example.be"), RUN)).isFalse();
    assertThatThrownBy(() -> new DueRule(Period.ZERO)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theCapIsANumberOrAShareOfTheDaysCapacityRoundedDown() {
    KeptSlotCap two = KeptSlotCap.perDay(2);
    assertThat(two.allowed(40)).isEqualTo(2);
    assertThat(two.hasRoom(1, 40)).isTrue();
    assertThat(two.hasRoom(2, 40)).isFalse();
    assertThat(two.allowed(0)).as("a closed day keeps nothing").isZero();

    KeptSlotCap fifth = KeptSlotCap.share(20);
    assertThat(fifth.allowed(22)).isEqualTo(4);
    assertThat(fifth.hasRoom(3, 22)).isTrue();
    assertThat(fifth.hasRoom(4, 22)).isFalse();
    assertThat(fifth.allowed(4)).as("less than one slot's share keeps none").isZero();

    assertThatThrownBy(() -> new KeptSlotCap(2, 20)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> KeptSlotCap.share(101)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> KeptSlotCap.perDay(-2)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aKeptSummonsIsConfirmedOrReleasedOnceAndLapsesWhenItsTimeIsUp() {
    Slot slot =
        new Slot(
            new LocationCode("hub"), RUN.plusDays(25).atTime(9, 0), RUN.plusDays(25).atTime(9, 20));
    LocalDateTime keptUntil = slot.start().minusDays(3);
    Summons kept =
        Summons.kept(
            card(RUN.plusDays(60), "jan@example.be"),
            RUN,
            slot,
            UUID.randomUUID(),
            keptUntil,
            SummonsToken.hash(SummonsToken.generate()),
            "schedule",
            NOW);
    assertThat(kept.state()).isEqualTo(SummonsState.KEPT);
    assertThat(kept.language()).isEqualTo(Language.FR);

    Summons confirmed = kept.confirmed(AppointmentReference.random(), NOW.plusDays(1));
    assertThat(confirmed.state()).isEqualTo(SummonsState.CONFIRMED);
    assertThat(confirmed.appointment()).isNotNull();
    assertThatThrownBy(() -> confirmed.released(NOW.plusDays(2)))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("summons-confirmed");
    assertThatThrownBy(() -> confirmed.confirmed(AppointmentReference.random(), NOW.plusDays(2)))
        .isInstanceOf(ConflictException.class);

    Summons released = kept.released(NOW.plusDays(1));
    assertThat(released.state()).isEqualTo(SummonsState.RELEASED);
    assertThatThrownBy(() -> released.confirmed(AppointmentReference.random(), NOW.plusDays(2)))
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("summons-released");

    assertThat(kept.lapsedAt(keptUntil.minusNanos(1))).isFalse();
    assertThat(kept.lapsedAt(keptUntil)).isTrue();
    assertThatThrownBy(() -> kept.confirmed(AppointmentReference.random(), keptUntil))
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("summons-lapsed");
    assertThat(kept.lapsed(keptUntil).state()).isEqualTo(SummonsState.LAPSED);
    assertThatThrownBy(() -> kept.lapsed(keptUntil.minusDays(1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSummonsWithoutSlotIsAnInvitationOrASkipAndKeepsAnAddressOnlyForALetter() {
    Summons letter =
        Summons.withoutSlot(card(RUN.plusDays(60), null), RUN, SummonsReason.BY_POST, "s", NOW);
    assertThat(letter.outcome()).isEqualTo(SummonsOutcome.INVITED);
    assertThat(letter.residence()).isEqualTo(HOME);

    Summons invited =
        Summons.withoutSlot(
            card(RUN.plusDays(60), "jan@example.be"), RUN, SummonsReason.NO_SLOT, "s", NOW);
    assertThat(invited.state()).isEqualTo(SummonsState.INVITED);
    assertThat(invited.residence()).isNull();
    assertThatThrownBy(() -> invited.released(NOW))
        .extracting(e -> ((ConflictException) e).reason())
        .isEqualTo("summons-without-slot");

    Summons skipped =
        Summons.withoutSlot(
            card(RUN.plusDays(60), "jan@example.be"),
            RUN,
            SummonsReason.APPLICATION_OPEN,
            "s",
            NOW);
    assertThat(skipped.outcome()).isEqualTo(SummonsOutcome.SKIPPED);
    assertThat(skipped.email()).as("nothing is sent, so no contact is kept").isNull();
  }

  @Test
  void contactDataThatIsNoAddressIsNoContact() {
    assertThat(card(RUN, "not an address").email()).isNull();
    assertThat(card(RUN, "not an address").reachable()).isFalse();
    assertThat(card(RUN, " jan@example.be ").email()).isEqualTo("jan@example.be");
  }

  @Test
  void tokensAreLongRandomAndUrlSafeAndOnlyTheirHashIsKept() {
    String token = SummonsToken.generate();
    assertThat(SummonsToken.wellFormed(token)).isTrue();
    assertThat(token).hasSize(32).matches("[A-Za-z0-9_-]+");
    assertThat(SummonsToken.generate()).isNotEqualTo(token);
    assertThat(SummonsToken.hash(token)).hasSize(64).isNotEqualTo(token);
    assertThat(SummonsToken.wellFormed("short")).isFalse();
    assertThat(SummonsToken.wellFormed(null)).isFalse();
  }
}
