package be.loketopmaat.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.document.CodeRequestState;
import be.loketopmaat.domain.location.Location;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeMessagesTest {
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 10, 0);
  final Location hub = Fixtures.hub("hub", Fixtures.NORTH);

  static CodeRequest requested(Language language) {
    return CodeRequest.request(
        new Citizen(new NationalNumber("85073100328"), "An", "an@example.be", null, language),
        Fixtures.hub("hub", Fixtures.NORTH).code(),
        "clerk-1",
        MONDAY);
  }

  @ParameterizedTest
  @CsvSource({
    "NL,PIN- en PUK-codes,identiteitskaart",
    "FR,codes PIN et PUK,carte d'identité",
    "EN,PIN and PUK codes,identity card"
  })
  void theArrivalSaysWhereAndWhatToBringInTheCitizensLanguage(
      Language language, String codes, String bring) {
    CodeRequest arrived =
        requested(language).ordered("PC-1").reported(CodeRequestState.ARRIVED, MONDAY, null);

    Message message = CodeMessages.arrived(arrived, hub);

    assertThat(message.kind()).isEqualTo(MessageKind.CODES_ARRIVED);
    assertThat(message.language()).isEqualTo(language);
    assertThat(message.email()).isEqualTo("an@example.be");
    assertThat(message.subject()).contains(codes);
    assertThat(message.body()).contains(hub.nameAndAddress(), bring);
  }

  @ParameterizedTest
  @CsvSource({
    "ADDRESS_CHANGE_PENDING: moving,NL,adreswijziging",
    "CARD_ORDER_PENDING: on its way,FR,nouvelle carte",
    "NO_ACTIVE_CARD: none,EN,no active card",
    "SOMETHING_NEW: ?,EN,card production refused"
  })
  void aRefusalSaysWhyInTheCitizensLanguage(String reason, Language language, String why) {
    CodeRequest refused = requested(language).reported(CodeRequestState.REFUSED, MONDAY, reason);

    Message message = CodeMessages.refused(refused);

    assertThat(message.kind()).isEqualTo(MessageKind.CODES_REFUSED);
    assertThat(message.body()).contains(why);
  }

  @Test
  void onlyAnArrivedOrARefusedRequestIsWrittenAbout() {
    assertThatThrownBy(() -> CodeMessages.arrived(requested(Language.NL), hub))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CodeMessages.refused(requested(Language.NL)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
