package be.loketopmaat.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.parking.InvitationReason;
import be.loketopmaat.domain.parking.LicencePlate;
import be.loketopmaat.domain.parking.ParkingPermit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParkingMessagesTest {

  private static ParkingPermit permit(Language language) {
    return ParkingPermit.grant(
        Citizen.reachable(
            NationalNumber.of("85073100328"), "Jan Peeters", null, "+32470123456", language),
        new Address("Lange Nieuwstraat 7", "2000", "Antwerpen"),
        List.of(),
        new LicencePlate("1-ABC-234"),
        "A1",
        LocalDate.of(2026, 2, 1),
        LocalDate.of(2027, 1, 31),
        "import",
        LocalDateTime.of(2026, 1, 20, 10, 0));
  }

  @ParameterizedTest
  @CsvSource({
    "NL, MOVED, ander adres, 31 januari 2027",
    "NL, HOUSEHOLD_CHANGED, gezinssamenstelling, bewonerskaart",
    "FR, NOT_REGISTERED, pas (ou plus) inscrit, 31 janvier 2027",
    "FR, DECEASED, décédé, carte de riverain",
    "EN, HOUSEHOLD_CHANGED, household changed, 31 January 2027",
    "EN, NOT_REGISTERED, no longer) registered, Apply for a new"
  })
  void tellsTheReasonAndTheEndInTheHoldersLanguage(
      Language language, InvitationReason reason, String because, String more) {
    Message message = ParkingMessages.invitation(permit(language), reason);

    assertThat(message.kind()).isEqualTo(MessageKind.PARKING_INVITATION);
    assertThat(message.language()).isEqualTo(language);
    assertThat(message.phone()).isEqualTo("+32470123456");
    assertThat(message.appointment()).isNull();
    assertThat(message.subject()).contains("1-ABC-234");
    assertThat(message.body()).contains(because, more, "1-ABC-234", "A1");
  }
}
