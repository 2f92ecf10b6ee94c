package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static be.loketopmaat.adapters.rest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.ChannelAdviceUseCase;
import be.loketopmaat.domain.advice.CitizenContext;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.DistrictCode;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class AdviceApiTest {
  static final ProductCode EID = new ProductCode("eid-application");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject ChannelAdviceUseCase advice;
  Api api;

  @MockBean(ChannelAdviceUseCase.class)
  ChannelAdviceUseCase advice() {
    return mock(ChannelAdviceUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    when(advice.advise(any(), any())).thenReturn(TestData.eidAdvice());
  }

  @Test
  void answersTheOptionsBestFirstWithTheirNextSteps() {
    Api.Response response = api.get("/api/v1/advice?product=eid-application");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("product"))
        .isEqualTo(
            Map.of(
                "code",
                "eid-application",
                "name",
                Map.of(
                    "nl",
                    "Elektronische identiteitskaart aanvragen",
                    "fr",
                    "Demander une carte d'identité électronique",
                    "en",
                    "Apply for an electronic identity card"),
                "theme",
                "IDENTITY",
                "presenceRequired",
                true));
    assertThat(response.at("options[0]"))
        .isEqualTo(
            object(
                "rank",
                1,
                "step",
                "APPOINTMENT",
                "channel",
                "COUNTER_APPOINTMENT",
                "family",
                "CONNECT",
                "suitable",
                true,
                "instruction",
                Map.of(
                    "nl",
                    "Maak een afspraak.",
                    "fr",
                    "Prenez rendez-vous.",
                    "en",
                    "Book an appointment."),
                "caveat",
                null,
                "url",
                "https://www.antwerpen.be/afspraak",
                "phone",
                "03 22 11 333",
                "hours",
                null,
                "locations",
                List.of(
                    Map.of(
                        "code",
                        "districtshuis-deurne",
                        "name",
                        "Districtshuis Deurne",
                        "type",
                        "REGIONAL_HUB",
                        "district",
                        "deurne",
                        "address",
                        Map.of(
                            "street",
                            "Maurice Dequeeckerplein 1",
                            "postalCode",
                            "2100",
                            "municipality",
                            "Deurne"),
                        "distanceKm",
                        1.23)),
                "referral",
                null));
    assertThat(response.at("options[1].step")).isEqualTo("PHONE");
    assertThat(response.at("options[1].family")).isEqualTo("CALL");
    assertThat(response.at("options[1].hours"))
        .isEqualTo(Map.of("MONDAY", List.of(Map.of("start", "08:00", "end", "18:00"))));
    assertThat(response.at("options[2].step")).isEqualTo("REFERRAL");
    assertThat(response.at("options[2].channel")).isNull();
    assertThat(response.at("options[2].family")).isNull();
    assertThat(response.at("options[2].referral.organisation"))
        .isEqualTo("Sociale Dienstverlening");
    assertThat(response.at("pickup.appointmentRequired")).isEqualTo(false);
    assertThat(response.at("pickup.instruction.en")).isEqualTo("Collect it.");
    assertThat(response.at("pickup.locations[0].code")).isEqualTo("districtshuis-deurne");
    assertThat(response.has("pickup.locations[0].distanceKm")).isTrue();
    assertThat(response.at("pickup.locations[0].distanceKm")).isNull();
  }

  @Test
  void withoutContextTheCitizenIsUnknown() {
    api.get("/api/v1/advice?product=eid-application");

    verify(advice).advise(EID, CitizenContext.unknown());
  }

  @Test
  void passesWhatTheCitizenToldAbout() {
    Api.Response response =
        api.get(
            "/api/v1/advice?product=eid-application&digitalIdentification=false"
                + "&prefersNonDigital=true&reducedMobility=TRUE&district=berchem&latitude=51.19&longitude=4.43");

    assertThat(response.status()).isEqualTo(200);
    verify(advice)
        .advise(
            EID,
            new CitizenContext(
                false, true, true, new DistrictCode("berchem"), new Coordinates(51.19, 4.43)));
  }

  @Test
  void withoutAProductThereIsNothingToAdvise() {
    Api.Response response = api.get("/api/v1/advice?district=berchem");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/invalid-input");
    assertThat(response.errors()).containsExactly("product: is required");
    verifyNoInteractions(advice);
  }

  @Test
  void aFlagIsTrueOrFalseAndNothingElse() {
    Api.Response response =
        api.get(
            "/api/v1/advice?product=eid-application&digitalIdentification=ture"
                + "&reducedMobility=yes");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors())
        .containsExactlyInAnyOrder(
            "digitalIdentification: must be true or false",
            "reducedMobility: must be true or false");
    verifyNoInteractions(advice);
  }

  @Test
  void aPositionNeedsBothCoordinatesInRange() {
    Api.Response half = api.get("/api/v1/advice?product=eid-application&latitude=51.19");
    Api.Response outOfRange =
        api.get("/api/v1/advice?product=eid-application&latitude=91&longitude=4.43");
    Api.Response notANumber =
        api.get("/api/v1/advice?product=eid-application&latitude=north&longitude=4.43");

    assertThat(half.status()).isEqualTo(400);
    assertThat(half.errors()).containsExactly("longitude: is required together with latitude");
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.errors()).containsExactly("latitude: must be between -90 and 90");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.errors()).containsExactly("latitude: must be a number");
    verifyNoInteractions(advice);
  }

  @Test
  void allMistakesInTheQueryComeInOneAnswer() {
    Api.Response response =
        api.get(
            "/api/v1/advice?product=EID&prefersNonDigital=maybe&district=Deurne"
                + "&longitude=4.43");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields())
        .containsExactlyInAnyOrder("product", "prefersNonDigital", "district", "latitude");
    verifyNoInteractions(advice);
  }

  @Test
  void anUnknownProductIsNotFound() {
    when(advice.advise(eq(new ProductCode("unicorn-licence")), any()))
        .thenThrow(new NotFoundException("product", "unicorn-licence"));

    Api.Response response = api.get("/api/v1/advice?product=unicorn-licence");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.at("type")).isEqualTo("/problems/not-found");
  }

  @Test
  void anUnknownDistrictRefusedByTheUseCaseIsInvalidInput() {
    when(advice.advise(any(), any()))
        .thenThrow(new InvalidInputException("district", "unknown district 'lier'"));

    Api.Response response = api.get("/api/v1/advice?product=eid-application&district=lier");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors()).containsExactly("district: unknown district 'lier'");
  }
}
