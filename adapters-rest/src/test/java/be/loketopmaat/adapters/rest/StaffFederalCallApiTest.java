package be.loketopmaat.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.FederalCallsUseCase;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff see the calls owed to the federal systems and send a failed one again. */
@MicronautTest
class StaffFederalCallApiTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject FederalCallsUseCase calls;
  Api api;

  @MockBean(FederalCallsUseCase.class)
  FederalCallsUseCase calls() {
    return mock(FederalCallsUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
  }

  @Test
  void theFailedCallsByDefaultWithWhyTheyFailed() {
    UUID subject = UUID.fromString("0b6f3a52-5b1c-4d0e-9d7a-1f2e3d4c5b6a");
    when(calls.list(FederalOutbox.Status.FAILED, 50))
        .thenReturn(
            List.of(
                new FederalOutbox.Entry(
                    42,
                    FederalOutbox.Call.ORDER_DOCUMENT,
                    subject,
                    FederalOutbox.Status.FAILED,
                    500,
                    LocalDateTime.of(2026, 11, 20, 10, 0),
                    null,
                    "SystemUnavailableException: 401 from the production")));

    Api.Response response = api.staff("GET", "/api/v1/staff/federal-calls", null);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.at("[0].id")).isEqualTo(42);
    assertThat(response.at("[0].call")).isEqualTo("ORDER_DOCUMENT");
    assertThat(response.at("[0].subject")).isEqualTo(subject.toString());
    assertThat(response.at("[0].attempts")).isEqualTo(500);
    assertThat(response.at("[0].createdAt")).isEqualTo("2026-11-20T10:00:00+01:00");
    assertThat((String) response.at("[0].lastError")).contains("401");
  }

  @Test
  void anUnknownStatusIsRefusedByName() {
    Api.Response response = api.staff("GET", "/api/v1/staff/federal-calls?status=LOST", null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.at("errors[0].field")).isEqualTo("status");
    verifyNoInteractions(calls);
  }

  @Test
  void aFailedCallIsSentAgainAndAnythingElseIsNotFound() {
    when(calls.retry(42)).thenReturn(true);

    assertThat(api.staff("POST", "/api/v1/staff/federal-calls/42/retry", null).status())
        .isEqualTo(202);
    assertThat(api.staff("POST", "/api/v1/staff/federal-calls/43/retry", null).status())
        .isEqualTo(404);
    assertThat(api.staff("POST", "/api/v1/staff/federal-calls/x/retry", null).status())
        .isEqualTo(404);
  }
}
