package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.AttestRequestsUseCase;
import be.loketopmaat.domain.attest.AttestChannel;
import be.loketopmaat.domain.attest.AttestRequest;
import be.loketopmaat.domain.attest.ReferralReason;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The e-counter asks for attests with its own key (never the staff token); staff work the post
 * queue and the work queue.
 */
@MicronautTest
@Property(name = "loket.e-counter.api-key", value = AttestApiTest.KEY)
class AttestApiTest {
  static final String KEY = "e-counter-key-4b7d";
  static final String PATH = "/api/v1/e-counter/attest-requests";
  static final String ORDER =
      """
      {"insz": "85.07.31-003.28", "model": "household-composition", "language": "NL"}""";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject AttestRequestsUseCase attests;
  Api api;

  @MockBean(AttestRequestsUseCase.class)
  AttestRequestsUseCase attests() {
    return mock(AttestRequestsUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    reset(attests);
  }

  static AttestRequest received() {
    return AttestRequest.receive(
        NationalNumber.of("85073100328"),
        AttestModel.HOUSEHOLD_COMPOSITION,
        AttestLanguage.NL,
        AttestChannel.E_COUNTER,
        LocalDateTime.of(2026, 12, 4, 10, 0));
  }

  @Test
  void theECounterAsksWithItsKeyForTheCitizenItSignedIn() {
    when(attests.request(any())).thenReturn(received());

    Api.Response response = api.post(PATH, ORDER, "X-Api-Key", KEY);

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.at("state")).isEqualTo("RECEIVED");
    assertThat(response.at("model")).isEqualTo("HOUSEHOLD_COMPOSITION");
    assertThat(response.at("language")).isEqualTo("nl");
    assertThat(response.at("insz")).isEqualTo("850731-***-**");
    assertThat(response.at("receivedAt")).isEqualTo("2026-12-04T10:00:00+01:00");
    ArgumentCaptor<AttestRequestsUseCase.Request> request =
        ArgumentCaptor.forClass(AttestRequestsUseCase.Request.class);
    verify(attests).request(request.capture());
    assertThat(request.getValue())
        .isEqualTo(
            new AttestRequestsUseCase.Request(
                NationalNumber.of("85073100328"),
                AttestModel.HOUSEHOLD_COMPOSITION,
                AttestLanguage.NL,
                AttestChannel.E_COUNTER));
  }

  @Test
  void aMissingOrWrongKeyOrTheStaffTokenIsRefusedAndNothingIsAsked() {
    Api.Response missing = api.post(PATH, ORDER);
    Api.Response wrong = api.post(PATH, ORDER, "X-Api-Key", "guess");
    Api.Response staff = api.staff("POST", PATH, ORDER);
    Api.Response view = api.get(PATH + "/" + UUID.randomUUID());

    for (Api.Response refused : List.of(missing, wrong, staff, view)) {
      assertThat(refused.status()).as(refused.body()).isEqualTo(401);
      assertThat(refused.contentType()).isEqualTo(PROBLEM_JSON);
      assertThat(refused.at("type")).isEqualTo("/problems/unauthorized");
    }
    assertThat((String) wrong.at("detail")).contains("not valid");
    verifyNoInteractions(attests);
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsAsked() {
    Api.Response response =
        api.post(
            PATH,
            """
            {"insz": "85073100329", "model": "birth-certificate", "language": "en"}""",
            "X-Api-Key",
            KEY);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.errorFields()).containsExactlyInAnyOrder("insz", "model", "language");
    Api.Response empty = api.post(PATH, "{}", "X-Api-Key", KEY);
    assertThat(empty.status()).as(empty.body()).isEqualTo(400);
    assertThat(empty.errorFields()).contains("insz", "model", "language");
    verifyNoInteractions(attests);
  }

  @Test
  void anUnknownRequestIsNotFound() {
    UUID id = UUID.randomUUID();
    when(attests.get(id)).thenThrow(new NotFoundException("attest request", id.toString()));

    Api.Response unknown = api.get(PATH + "/" + id, "X-Api-Key", KEY);
    Api.Response notAnId = api.get(PATH + "/not-an-id", "X-Api-Key", KEY);

    assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    assertThat(unknown.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(notAnId.status()).as(notAnId.body()).isEqualTo(404);
  }

  @Test
  void staffSeeThePostQueueFetchThePdfAndMarkItPrinted() {
    AttestRequest posted = received().posted(LocalDateTime.of(2026, 12, 4, 10, 1));
    when(attests.postQueue(200)).thenReturn(List.of(posted));
    when(attests.printable(posted.id()))
        .thenReturn("%PDF-1.7 attest".getBytes(StandardCharsets.US_ASCII));
    when(attests.markPrinted(eq(posted.id()), any()))
        .thenReturn(posted.printed("shared-token", LocalDateTime.of(2026, 12, 5, 9, 0)));

    Api.Response queue = api.staff("GET", "/api/v1/staff/attest-requests/post-queue", null);
    assertThat(queue.status()).as(queue.body()).isEqualTo(200);
    assertThat(queue.at("count")).isEqualTo(1);
    assertThat(queue.at("requests[0].state")).isEqualTo("POSTED");
    Api.Response pdf =
        api.staff("GET", "/api/v1/staff/attest-requests/" + posted.id() + "/pdf", null);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");
    Api.Response printed =
        api.staff("POST", "/api/v1/staff/attest-requests/" + posted.id() + "/printed", null);
    assertThat(printed.status()).as(printed.body()).isEqualTo(200);
    assertThat(printed.at("state")).isEqualTo("PRINTED");
    Api.Response noKey = api.get("/api/v1/staff/attest-requests/post-queue");
    assertThat(noKey.status()).isEqualTo(401);
  }

  @Test
  void staffResolveAReferralFromTheWorkQueue() {
    AttestRequest referred =
        received()
            .referred(
                ReferralReason.NOT_REGISTERED_IN_CITY,
                "elsewhere",
                LocalDateTime.of(2026, 12, 4, 10, 1));
    when(attests.workQueue(5)).thenReturn(List.of(referred));
    when(attests.resolve(eq(referred.id()), eq("Sent to Leuven"), any()))
        .thenReturn(referred.resolved("shared-token", "Sent to Leuven", referred.changedAt()));

    Api.Response queue = api.staff("GET", "/api/v1/staff/attest-requests/work-queue?limit=5", null);
    assertThat(queue.status()).as(queue.body()).isEqualTo(200);
    assertThat(queue.at("requests[0].reason")).isEqualTo("NOT_REGISTERED_IN_CITY");
    Api.Response resolved =
        api.staff(
            "POST",
            "/api/v1/staff/attest-requests/" + referred.id() + "/resolve",
            """
            {"note": "Sent to Leuven"}""");
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    assertThat(resolved.at("state")).isEqualTo("RESOLVED");
    Api.Response badLimit =
        api.staff("GET", "/api/v1/staff/attest-requests/work-queue?limit=many", null);
    assertThat(badLimit.status()).isEqualTo(400);
  }
}
