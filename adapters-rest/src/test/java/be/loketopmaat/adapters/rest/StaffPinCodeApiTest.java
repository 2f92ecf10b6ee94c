package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.PinCodesUseCase;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.document.CodeRequestState;
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

/** Staff take requests for new PIN/PUK codes, follow them and hand the letters over. */
@MicronautTest
class StaffPinCodeApiTest {
  static final LocationCode SAFE = new LocationCode("districtshuis-antwerpen");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject PinCodesUseCase codes;
  Api api;

  @MockBean(PinCodesUseCase.class)
  PinCodesUseCase codes() {
    return mock(PinCodesUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
  }

  static CodeRequest requested() {
    return CodeRequest.request(
        new Citizen(
            NationalNumber.of("85073100328"), "An Peeters", "an@example.be", null, Language.NL),
        SAFE,
        "shared-token",
        LocalDateTime.of(2026, 11, 2, 10, 0));
  }

  @Test
  void aRequestIsTakenWithTheNationalNumberMaskedInTheAnswer() {
    when(codes.request(any(), any())).thenReturn(requested());

    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/pin-codes",
            """
            {"citizen": {"insz": "85.07.31-003.28", "name": "An Peeters", "email": "an@example.be"},
             "pickupAt": "districtshuis-antwerpen"}""");

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.at("state")).isEqualTo("REQUESTED");
    assertThat(response.at("citizen.insz")).isEqualTo("850731-***-**");
    assertThat(response.at("requestedAt")).isEqualTo("2026-11-02T10:00:00+01:00");
    assertThat(response.body()).doesNotContain("85073100328");
    ArgumentCaptor<PinCodesUseCase.Request> request =
        ArgumentCaptor.forClass(PinCodesUseCase.Request.class);
    verify(codes).request(request.capture(), any());
    assertThat(request.getValue().pickupAt()).isEqualTo(SAFE);
    assertThat(request.getValue().citizen().insz()).isEqualTo(NationalNumber.of("85073100328"));
  }

  @Test
  void everyRefusedFieldIsNamedAndNothingIsRequested() {
    Api.Response wrong =
        api.staff(
            "POST",
            "/api/v1/staff/pin-codes",
            """
            {"citizen": {"insz": "85073100329", "name": "An", "email": "an@example.be"},
             "pickupAt": "Deurne!"}""");
    Api.Response missing = api.staff("POST", "/api/v1/staff/pin-codes", "{}");
    Api.Response notJson = api.staff("POST", "/api/v1/staff/pin-codes", "{\"citizen\": ");

    assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
    assertThat(wrong.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(wrong.errorFields()).contains("citizen.insz", "pickupAt");
    assertThat(missing.status()).as(missing.body()).isEqualTo(400);
    assertThat(missing.errorFields()).contains("citizen", "pickupAt");
    assertThat(notJson.status()).as(notJson.body()).isEqualTo(400);
    assertThat(notJson.contentType()).isEqualTo(PROBLEM_JSON);
    verifyNoInteractions(codes);
  }

  @Test
  void aRefusalOfTheCityIsAConflictWithItsReason() {
    when(codes.request(any(), any()))
        .thenThrow(
            new ConflictException(
                "card-order-pending",
                "a new card ({0}) is on its way to this citizen (it is {1}) and comes with PIN/PUK"
                    + " codes of its own; new codes can be asked for once it is handed over",
                "EID",
                "ORDERED"));

    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/pin-codes",
            """
            {"citizen": {"insz": "85073100328", "name": "An Peeters", "email": "an@example.be"},
             "pickupAt": "districtshuis-antwerpen"}""");

    assertThat(response.status()).as(response.body()).isEqualTo(409);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("reason")).isEqualTo("card-order-pending");
  }

  @Test
  void aRequestIsFollowedAndItsLetterHandedOver() {
    CodeRequest arrived =
        requested()
            .ordered("PC2026-000001")
            .reported(CodeRequestState.ARRIVED, LocalDateTime.of(2026, 11, 20, 12, 0), null);
    when(codes.get(arrived.id())).thenReturn(arrived);
    when(codes.waiting(eq(SAFE), eq(200))).thenReturn(List.of(arrived));
    when(codes.handOver(eq(arrived.id()), any()))
        .thenReturn(arrived.handOver(LocalDateTime.of(2026, 11, 21, 9, 0)));

    Api.Response view = api.staff("GET", "/api/v1/staff/pin-codes/" + arrived.id(), null);
    Api.Response waiting =
        api.staff("GET", "/api/v1/staff/pin-codes?location=districtshuis-antwerpen", null);
    Api.Response handed =
        api.staff("POST", "/api/v1/staff/pin-codes/" + arrived.id() + "/hand-over", null);

    assertThat(view.status()).as(view.body()).isEqualTo(200);
    assertThat(view.at("state")).isEqualTo("ARRIVED");
    assertThat(view.at("productionNumber")).isEqualTo("PC2026-000001");
    assertThat(waiting.status()).as(waiting.body()).isEqualTo(200);
    assertThat(waiting.at("count")).isEqualTo(1);
    assertThat(waiting.at("letters[0].id")).isEqualTo(arrived.id().toString());
    assertThat(handed.status()).as(handed.body()).isEqualTo(200);
    assertThat(handed.at("state")).isEqualTo("HANDED_OVER");
  }

  @Test
  void aWrongIdOrLimitIsBadInput() {
    Api.Response id = api.staff("GET", "/api/v1/staff/pin-codes/not-an-id", null);
    Api.Response limit =
        api.staff("GET", "/api/v1/staff/pin-codes?location=districtshuis-antwerpen&limit=x", null);
    Api.Response noLocation = api.staff("GET", "/api/v1/staff/pin-codes", null);

    assertThat(id.status()).as(id.body()).isEqualTo(400);
    assertThat(id.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(limit.status()).as(limit.body()).isEqualTo(400);
    assertThat(noLocation.status()).as(noLocation.body()).isEqualTo(400);
    verifyNoInteractions(codes);
  }
}
