package be.loketopmaat.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.renewal.ExpiringCard;
import be.loketopmaat.domain.renewal.Summons;
import be.loketopmaat.domain.renewal.SummonsReason;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenewalMessagesTest {
  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
  private final Location hub = Fixtures.hub("hub", Fixtures.NORTH);

  static ExpiringCard card(Language language, String email) {
    return new ExpiringCard(
        NationalNumber.of("85073100328"),
        "592123456789",
        LocalDate.of(2027, 5, 10),
        new PersonName("Jan", "Peeters"),
        new Address("Lange Nieuwstraat 7", "2000", "Antwerpen"),
        language,
        email,
        null);
  }

  @ParameterizedTest
  @CsvSource({
    "NL, 10 mei 2027, hielden een afspraak",
    "FR, 10 mai 2027, réservé",
    "EN, 10 May 2027, kept"
  })
  void theSummonsNamesTheSlotThePlaceAndBothLinksInTheHoldersLanguage(
      Language language, String until, String kept) {
    Slot slot =
        new Slot(
            hub.code(), LocalDateTime.of(2027, 3, 24, 9, 0), LocalDateTime.of(2027, 3, 24, 9, 20));
    Summons summons =
        Summons.kept(
            card(language, "jan@example.be"),
            TODAY,
            slot,
            UUID.randomUUID(),
            slot.start().minusDays(3),
            "0".repeat(64),
            "run",
            TODAY.atTime(2, 45));
    Message message =
        RenewalMessages.summons(summons, hub, "https://l.be/c", "https://l.be/r", TODAY);
    assertThat(message.kind()).isEqualTo(MessageKind.EID_SUMMONS);
    assertThat(message.language()).isEqualTo(language);
    assertThat(message.email()).isEqualTo("jan@example.be");
    assertThat(message.subject() + message.body()).contains(kept);
    assertThat(message.body())
        .contains(until, hub.nameAndAddress(), "https://l.be/c", "https://l.be/r");
  }

  @Test
  void anInvitationAndALapseCarryTheSearchLink() {
    Summons invited =
        Summons.withoutSlot(
            card(Language.EN, "jan@example.be"),
            TODAY,
            SummonsReason.NO_SLOT,
            "run",
            TODAY.atTime(2, 45));
    Message invitation = RenewalMessages.invitation(invited, "https://l.be/search");
    assertThat(invitation.kind()).isEqualTo(MessageKind.EID_INVITATION);
    assertThat(invitation.body()).contains("10 May 2027", "https://l.be/search");

    Slot slot =
        new Slot(
            hub.code(), LocalDateTime.of(2027, 3, 24, 9, 0), LocalDateTime.of(2027, 3, 24, 9, 20));
    Summons kept =
        Summons.kept(
            card(Language.NL, "jan@example.be"),
            TODAY,
            slot,
            UUID.randomUUID(),
            slot.start().minusDays(3),
            "0".repeat(64),
            "run",
            TODAY.atTime(2, 45));
    Message released =
        RenewalMessages.released(
            kept.lapsed(slot.start().minusDays(3)), "https://l.be/search", TODAY.plusDays(20));
    assertThat(released.kind()).isEqualTo(MessageKind.EID_SLOT_RELEASED);
    assertThat(released.body()).contains("vrij", "https://l.be/search");
  }
}
