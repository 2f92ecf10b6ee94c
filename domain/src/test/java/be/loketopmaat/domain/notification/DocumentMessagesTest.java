package be.loketopmaat.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentMessagesTest {
  static final LocalizedText EID =
      new LocalizedText("elektronische identiteitskaart", "carte d'identité électronique", "eID");
  final Location hub = Fixtures.hub("hub", Fixtures.NORTH);

  DocumentOrder order(Language language) {
    return DocumentOrder.record(
            DocumentKind.EID,
            new ProductCode("eid-application"),
            new Citizen(NationalNumber.of("85073100328"), "An", null, "+32470123456", language),
            new LocationCode("hub"),
            new LocationCode("hub"),
            false,
            "clerk",
            LocalDateTime.of(2026, 11, 2, 9, 0))
        .reported(DocumentState.ARRIVED, LocalDateTime.of(2026, 11, 12, 9, 0), null);
  }

  static final String LINK = "https://loket.example.be/api/v1/availability?pickupOf=x";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NL|Uw document ligt klaar: elektronische identiteitskaart|uiterlijk op 12 februari 2027",
        "FR|Votre document est prêt : carte d'identité électronique|au plus tard le 12 février 2027",
        "EN|Your document is ready: eID|by 12 February 2027"
      })
  void theCitizenIsToldWhereItLiesAndUntilWhenInTheirLanguage(
      Language language, String subject, String until) {
    Message message = DocumentMessages.arrived(order(language), EID, hub, LINK);

    assertThat(message.kind()).isEqualTo(MessageKind.DOCUMENT_ARRIVED);
    assertThat(message.appointment()).isNull();
    assertThat(message.phone()).isEqualTo("+32470123456");
    assertThat(message.subject()).isEqualTo(subject);
    assertThat(message.body())
        .contains(hub.name())
        .contains(hub.address().street())
        .contains(until)
        .endsWith(": " + LINK);
  }

  @Test
  void withoutAnAppointmentThereIsNoLinkToBook() {
    Message message = DocumentMessages.arrived(order(Language.NL), EID, hub, null);

    assertThat(message.body())
        .contains("U kunt het afhalen tijdens de openingsuren")
        .doesNotContain("http")
        .doesNotContain("afspraak");
  }

  @Test
  void aDocumentThatHasNotArrivedIsNotAnnounced() {
    DocumentOrder recorded =
        DocumentOrder.record(
            DocumentKind.EID,
            new ProductCode("eid-application"),
            new Citizen(NationalNumber.of("85073100328"), "An", "an@example.be", null, Language.NL),
            new LocationCode("hub"),
            new LocationCode("hub"),
            false,
            "clerk",
            LocalDateTime.of(2026, 11, 2, 9, 0));

    assertThatThrownBy(() -> DocumentMessages.arrived(recorded, EID, hub, LINK))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
