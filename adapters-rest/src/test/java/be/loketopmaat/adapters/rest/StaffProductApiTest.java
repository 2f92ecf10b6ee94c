package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.ManageCatalogueUseCase;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ChannelCondition;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.location.Facility;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@MicronautTest
class StaffProductApiTest {
  static final String PASSPORT =
      """
      {
        "code": "passport",
        "name": {"nl": "Reispas", "fr": "Passeport", "en": "Passport"},
        "theme": "IDENTITY",
        "description": null,
        "channels": [
          {"channel": "COUNTER_APPOINTMENT", "family": "SWIPE", "conditions": ["APPOINTMENT_REQUIRED"],
           "note": null, "url": null}
        ],
        "presenceRequired": true,
        "deskMinutes": 15,
        "requiredFacilities": ["BIOMETRICS_STATION"],
        "pickup": {"deskMinutes": 5, "requiredFacilities": ["SAFE"], "appointmentRequired": false, "note": null},
        "referral": null
      }
      """;

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject ManageCatalogueUseCase catalogue;
  Api api;

  @MockBean(ManageCatalogueUseCase.class)
  ManageCatalogueUseCase catalogue() {
    return mock(ManageCatalogueUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    when(catalogue.createProduct(any())).thenAnswer(call -> call.getArgument(0));
    when(catalogue.replaceProduct(any())).thenAnswer(call -> call.getArgument(0));
  }

  @Test
  void createsAProductFromTheReferenceDataShape() {
    Api.Response response = api.staff("POST", "/api/v1/staff/products", PASSPORT);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("Location")).isEqualTo("/api/v1/products/passport");
    assertThat(response.at("code")).isEqualTo("passport");
    assertThat(response.at("channels[0].family"))
        .as("derived from the channel, not taken from the body")
        .isEqualTo("CONNECT");
    ArgumentCaptor<Product> created = ArgumentCaptor.forClass(Product.class);
    verify(catalogue).createProduct(created.capture());
    Product product = created.getValue();
    assertThat(product.code().value()).isEqualTo("passport");
    assertThat(product.name().fr()).isEqualTo("Passeport");
    assertThat(product.theme()).isEqualTo(Theme.IDENTITY);
    assertThat(product.channels()).hasSize(1);
    assertThat(product.channels().get(0).channel()).isEqualTo(Channel.COUNTER_APPOINTMENT);
    assertThat(product.channels().get(0).conditions())
        .containsExactly(ChannelCondition.APPOINTMENT_REQUIRED);
    assertThat(product.presenceRequired()).isTrue();
    assertThat(product.deskDuration()).isEqualTo(Duration.ofMinutes(15));
    assertThat(product.requiredFacilities()).isEqualTo(Set.of(Facility.BIOMETRICS_STATION));
    assertThat(product.pickup().deskDuration()).isEqualTo(Duration.ofMinutes(5));
    assertThat(product.pickup().requiredFacilities()).isEqualTo(Set.of(Facility.SAFE));
  }

  @Test
  void aTakenCodeIsAConflict() {
    when(catalogue.createProduct(any()))
        .thenThrow(new AlreadyExistsException("product", "passport"));

    Api.Response response = api.staff("POST", "/api/v1/staff/products", PASSPORT);

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/already-exists");
    assertThat(response.at("detail")).isEqualTo("There is already a product 'passport'");
  }

  @Test
  void replacesAProductWhoseBodyLeavesTheCodeOut() {
    Api.Response response =
        api.staff(
            "PUT",
            "/api/v1/staff/products/passport",
            PASSPORT.replace("\"code\": \"passport\",", ""));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("code")).isEqualTo("passport");
    ArgumentCaptor<Product> replaced = ArgumentCaptor.forClass(Product.class);
    verify(catalogue).replaceProduct(replaced.capture());
    assertThat(replaced.getValue().code().value()).isEqualTo("passport");
  }

  @Test
  void aBodyCodeThatContradictsThePathIsRefused() {
    Api.Response response = api.staff("PUT", "/api/v1/staff/products/kids-id", PASSPORT);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors())
        .containsExactly("code: must match the code in the path ('kids-id') or be left out");
    verifyNoInteractions(catalogue);
  }

  @Test
  void replacingAnUnknownProductIsNotFound() {
    when(catalogue.replaceProduct(any())).thenThrow(new NotFoundException("product", "passport"));

    Api.Response response = api.staff("PUT", "/api/v1/staff/products/passport", PASSPORT);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.at("type")).isEqualTo("/problems/not-found");
  }

  @Test
  void anEmptyBodyListsEveryRequiredFieldAndChangesNothing() {
    Api.Response response = api.staff("POST", "/api/v1/staff/products", "{}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/invalid-input");
    assertThat(response.at("title")).isEqualTo("Invalid input");
    assertThat(response.errors())
        .containsExactlyInAnyOrder(
            "code: is required",
            "name: is required",
            "theme: is required",
            "presenceRequired: is required",
            "channels: a product needs at least one channel, or a referral to the organisation that delivers it");
    verifyNoInteractions(catalogue);
  }

  @Test
  void domainViolationsArePlacedAtTheirJsonPathsAllAtOnce() {
    String body =
        """
        {
          "code": "passport",
          "name": {"nl": "Reispas", "en": "Passport"},
          "theme": "IDENTITY",
          "channels": [
            {"channel": "E_COUNTER", "url": "ftp://example.org"},
            {"channel": "COUNTER_APPOINTMENT", "note": {"nl": "Afspraak", "fr": "", "en": "Appointment"}},
            {"channel": "E_COUNTER"}
          ],
          "presenceRequired": true,
          "deskMinutes": 500,
          "requiredFacilities": ["SAFE", null],
          "pickup": {"requiredFacilities": ["SAFE"]}
        }
        """;

    Api.Response response = api.staff("POST", "/api/v1/staff/products", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors())
        .containsExactlyInAnyOrder(
            "name.fr: is required",
            "channels[0].url: must be an http(s) URL",
            "channels[1].note.fr: is required",
            "channels[2].channel: the law requires presence for this product, so it is delivered in person only",
            "requiredFacilities[1]: is required",
            "pickup.deskMinutes: is required",
            "pickup.appointmentRequired: is required",
            "deskMinutes: must be between 1 and 240 minutes");
    verifyNoInteractions(catalogue);
  }

  @Test
  void aWrongEnumInTheBodyNamesTheField() {
    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/products",
            PASSPORT.replace("\"channel\": \"COUNTER_APPOINTMENT\"", "\"channel\": \"PIGEON\""));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.at("type")).isEqualTo("/problems/invalid-input");
    assertThat(response.errors())
        .containsExactly(
            "channels[0].channel: must be one of [AUTOMATE, E_COUNTER, APP,"
                + " KIOSK, CALL, WALK_IN, COUNTER_APPOINTMENT, HOME_VISIT]");
    verifyNoInteractions(catalogue);
  }

  @Test
  void aWrongNumberInTheBodyNamesTheField() {
    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/products",
            PASSPORT.replace("\"deskMinutes\": 15", "\"deskMinutes\": \"a quarter\""));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors()).containsExactly("deskMinutes: must be a whole number");
    verifyNoInteractions(catalogue);
  }

  @Test
  void aFlagIsAJsonBooleanNotAWordThatSerdeWouldReadAsFalse() {
    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/products",
            PASSPORT.replace("\"presenceRequired\": true", "\"presenceRequired\": \"yes\""));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors()).containsExactly("presenceRequired: must be true or false");
    verifyNoInteractions(catalogue);
  }

  @Test
  void minutesAreWholeNotSilentlyTruncated() {
    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/products",
            PASSPORT.replace("\"deskMinutes\": 5", "\"deskMinutes\": 4.5"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors()).containsExactly("pickup.deskMinutes: must be a whole number");
    verifyNoInteractions(catalogue);
  }

  @Test
  void aValueWhereAnArrayBelongsNamesTheArray() {
    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/products",
            PASSPORT.replace(
                "\"requiredFacilities\": [\"BIOMETRICS_STATION\"]",
                "\"requiredFacilities\": \"BIOMETRICS_STATION\""));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors()).containsExactly("requiredFacilities: must be an array");
    verifyNoInteractions(catalogue);
  }

  @Test
  void malformedJsonIsABadRequestAndChangesNothing() {
    Api.Response response = api.staff("POST", "/api/v1/staff/products", "{\"code\": \"passport\",");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/malformed-json");
    verifyNoInteractions(catalogue);
  }

  @Test
  void aMissingBodyIsABadRequest() {
    Api.Response response = api.staff("POST", "/api/v1/staff/products", null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.at("type")).isEqualTo("/problems/malformed-json");
    verifyNoInteractions(catalogue);
  }

  @Test
  void aJsonArrayInsteadOfAnObjectIsABadRequest() {
    Api.Response response = api.staff("POST", "/api/v1/staff/products", "[]");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.at("type")).isEqualTo("/problems/malformed-json");
    verifyNoInteractions(catalogue);
  }

  @Test
  void anotherMediaTypeIsUnsupported() {
    Api.Response response =
        api.send(
            "POST", "/api/v1/staff/products", "text/plain", PASSPORT, "Bearer " + Api.STAFF_TOKEN);

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/unsupported-media-type");
    verifyNoInteractions(catalogue);
  }

  @Test
  void withoutATokenTheStaffApiIsUnauthorizedAndChangesNothing() {
    Api.Response response =
        api.send("POST", "/api/v1/staff/products", "application/json", PASSPORT, null);

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/unauthorized");
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    verifyNoInteractions(catalogue);
  }

  @Test
  void aWrongTokenIsUnauthorizedAndChangesNothing() {
    Api.Response response =
        api.send(
            "PUT",
            "/api/v1/staff/products/passport",
            "application/json",
            PASSPORT,
            "Bearer " + Api.STAFF_TOKEN + "x");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.at("type")).isEqualTo("/problems/unauthorized");
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
    verifyNoInteractions(catalogue);
  }

  @Test
  void theTokenMustComeAsABearerToken() {
    Api.Response response =
        api.send(
            "POST",
            "/api/v1/staff/products",
            "application/json",
            PASSPORT,
            "Basic " + Api.STAFF_TOKEN);

    assertThat(response.status()).isEqualTo(401);
    verifyNoInteractions(catalogue);
  }

  @Test
  void theTokenIsCheckedBeforeTheRouteSoThatStaffRoutesStayHidden() {
    Api.Response response = api.send("GET", "/api/v1/staff/no-such-route", null, null, null);

    assertThat(response.status()).isEqualTo(401);
  }
}
