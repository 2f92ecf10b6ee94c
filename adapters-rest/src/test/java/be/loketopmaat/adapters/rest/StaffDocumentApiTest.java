package be.loketopmaat.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.IdentityDocumentsUseCase;
import be.loketopmaat.application.port.in.IdentityDocumentsUseCase.Application;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Staff record document applications, follow them, look into a safe and hand documents over. */
@MicronautTest
class StaffDocumentApiTest {
  static final LocationCode SAFE = new LocationCode("districtshuis-antwerpen");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject IdentityDocumentsUseCase documents;
  Api api;

  @MockBean(IdentityDocumentsUseCase.class)
  IdentityDocumentsUseCase documents() {
    return mock(IdentityDocumentsUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
  }

  static DocumentOrder recorded() {
    return DocumentOrder.record(
        DocumentKind.EID,
        new ProductCode("eid-application"),
        new Citizen(
            NationalNumber.of("85073100328"), "An Peeters", "an@example.be", null, Language.NL),
        new LocationCode("districtshuis-deurne"),
        SAFE,
        false,
        "shared-token",
        LocalDateTime.of(2026, 11, 2, 10, 0));
  }

  static DocumentOrder arrivedOn(LocalDateTime at) {
    return recorded().ordered("BP-1").reported(DocumentState.ARRIVED, at, null);
  }

  @Test
  void anApplicationIsRecordedWithTheNationalNumberMaskedInTheAnswer() {
    when(documents.record(any(), any())).thenReturn(recorded());

    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/documents",
            """
            {"kind": "EID", "product": "eid-application",
             "citizen": {"insz": "85.07.31-003.28", "name": "An Peeters", "email": "an@example.be"},
             "appliedAt": "districtshuis-deurne", "pickupAt": "districtshuis-antwerpen"}""");

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.at("state")).isEqualTo("RECORDED");
    assertThat(response.at("citizen.insz")).isEqualTo("850731-***-**");
    assertThat(response.at("recordedAt")).isEqualTo("2026-11-02T10:00:00+01:00");
    assertThat(response.body()).doesNotContain("85073100328");
    ArgumentCaptor<Application> application = ArgumentCaptor.forClass(Application.class);
    verify(documents).record(application.capture(), any());
    assertThat(application.getValue().kind()).isEqualTo(DocumentKind.EID);
    assertThat(application.getValue().pickupAt()).isEqualTo(SAFE);
    assertThat(application.getValue().urgent()).isFalse();
  }

  @Test
  void everyRefusedFieldIsNamedAndNothingIsRecorded() {
    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/documents",
            """
            {"kind": "CAR", "product": "eid-application",
             "citizen": {"insz": "85073100329", "name": "An", "email": "an@example.be"},
             "appliedAt": "Deurne!", "pickupAt": "districtshuis-antwerpen", "urgent": "yes"}""");
    Api.Response missing = api.staff("POST", "/api/v1/staff/documents", "{}");

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(missing.status()).as(missing.body()).isEqualTo(400);
    assertThat(missing.body())
        .contains("\"kind\"")
        .contains("\"citizen\"")
        .contains("\"pickupAt\"");
    verifyNoInteractions(documents);
  }

  @Test
  void theSafeSaysHowLongEachLiesThereAndWhatGoesBackThisWeek() {
    // The test server's day is Saturday 21 November 2026.
    when(documents.safe(eq(SAFE), eq(200)))
        .thenReturn(
            List.of(
                arrivedOn(LocalDateTime.of(2026, 8, 25, 10, 0)),
                arrivedOn(LocalDateTime.of(2026, 11, 13, 10, 0))));

    Api.Response response =
        api.staff("GET", "/api/v1/staff/locations/districtshuis-antwerpen/safe", null);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.at("count")).isEqualTo(2);
    assertThat(response.at("goingBackThisWeek")).isEqualTo(1);
    assertThat(response.at("documents[0].daysInSafe")).isEqualTo(88);
    assertThat(response.at("documents[0].returnDate")).isEqualTo("2026-11-25");
    assertThat(response.at("documents[0].goesBackThisWeek")).isEqualTo(true);
    assertThat(response.at("documents[1].goesBackThisWeek")).isEqualTo(false);
  }

  @Test
  void anIdThatIsNoUuidIsRefusedByName() {
    Api.Response response = api.staff("POST", "/api/v1/staff/documents/not-an-id/hand-over", null);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.at("errors[0].field")).isEqualTo("id");
    verifyNoInteractions(documents);
  }

  @Test
  void aDrivingLicenceIsFoundByBelDrivesApplicationId() {
    DocumentOrder licence =
        DocumentOrder.appliedElsewhere(
            DocumentKind.DRIVING_LICENCE,
            new ProductCode("driving-licence"),
            new Citizen(NationalNumber.of("85073100328"), "Lea Claes", null, null, Language.FR),
            SAFE,
            "BD2026-000001",
            LocalDateTime.of(2026, 11, 2, 10, 0));
    when(documents.byNumber(DocumentKind.DRIVING_LICENCE, "BD2026-000001")).thenReturn(licence);

    Api.Response found =
        api.staff("GET", "/api/v1/staff/documents?kind=DRIVING_LICENCE&number=BD2026-000001", null);

    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(found.at("kind")).isEqualTo("DRIVING_LICENCE");
    assertThat(found.at("productionNumber")).isEqualTo("BD2026-000001");
    assertThat(found.at("state")).isEqualTo("RECORDED");
  }

  @Test
  void aSearchByNumberNeedsAKnownKindAndANumber() {
    Api.Response missing = api.staff("GET", "/api/v1/staff/documents", null);
    Api.Response wrong =
        api.staff("GET", "/api/v1/staff/documents?kind=CAR&number=" + "9".repeat(61), null);

    assertThat(missing.status()).as(missing.body()).isEqualTo(400);
    assertThat(missing.body()).contains("\"kind\"").contains("\"number\"");
    assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
    assertThat(wrong.body()).contains("\"kind\"").contains("\"number\"");
    verifyNoInteractions(documents);
  }
}
