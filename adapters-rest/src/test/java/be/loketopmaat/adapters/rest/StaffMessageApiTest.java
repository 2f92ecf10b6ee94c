package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.BookingData.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.MessageOutboxUseCase;
import be.loketopmaat.application.port.out.Outbox;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff see what the outbox holds, codes masked, and try a dead letter again. */
@MicronautTest
class StaffMessageApiTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject MessageOutboxUseCase outbox;
  Api api;

  @MockBean(MessageOutboxUseCase.class)
  MessageOutboxUseCase outbox() {
    return mock(MessageOutboxUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
  }

  @Test
  void listsTheDeadLettersByDefaultWithCodesMasked() {
    when(outbox.list(Outbox.Status.FAILED, 50))
        .thenReturn(
            List.of(
                new Outbox.Entry(
                    4711,
                    new Message(
                        REFERENCE,
                        MessageKind.CONFIRMATION,
                        Language.FR,
                        "an@example.invalid",
                        null,
                        "Confirmation K7M-4QXD",
                        "Votre rendez-vous est confirmé.\nhttps://l.be/api/v1/appointments/K7M-4QXD"
                            + "?code=q3ZrV8m1kXo0bT2nW9yA"),
                    Outbox.Status.FAILED,
                    8,
                    LocalDateTime.of(2026, 11, 24, 9, 0),
                    null,
                    null,
                    "550 no such user")));

    Api.Response response = api.staff("GET", "/api/v1/staff/messages", null);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.at("[0].id")).isEqualTo(4711);
    assertThat(response.at("[0].status")).isEqualTo("FAILED");
    assertThat(response.at("[0].lastError")).isEqualTo("550 no such user");
    assertThat(response.at("[0].createdAt")).isEqualTo("2026-11-24T09:00:00+01:00");
    assertThat((String) response.at("[0].body")).endsWith("K7M-4QXD?code=***");
    assertThat(response.body()).doesNotContain("q3ZrV8m1kXo0bT2nW9yA");
  }

  @Test
  void refusesAnUnknownStatusOrLimitByName() {
    Api.Response response = api.staff("GET", "/api/v1/staff/messages?status=LOST&limit=9999", null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactlyInAnyOrder("status", "limit");
    verifyNoInteractions(outbox);
  }

  @Test
  void triesADeadLetterAgainOrSaysThereIsNone() {
    when(outbox.retry(4711)).thenReturn(true);

    assertThat(api.staff("POST", "/api/v1/staff/messages/4711/retry", null).status())
        .isEqualTo(202);
    assertThat(api.staff("POST", "/api/v1/staff/messages/4712/retry", null).status())
        .isEqualTo(404);
    assertThat(api.staff("POST", "/api/v1/staff/messages/abc/retry", null).status()).isEqualTo(404);
    verify(outbox).retry(4711);
  }
}
