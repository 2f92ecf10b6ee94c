package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.BookingData.WINTER;
import static be.loketopmaat.adapters.rest.BookingData.hold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.HoldSlotUseCase;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Without any setting: 30 a minute, a burst of 10, keyed by the remote address. */
@MicronautTest
class RateLimitDefaultsTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject HoldSlotUseCase bookings;

  @MockBean(HoldSlotUseCase.class)
  HoldSlotUseCase bookings() {
    return mock(HoldSlotUseCase.class);
  }

  @Test
  void tenAtOnceThenOneEveryTwoSeconds() {
    when(bookings.hold(any())).thenReturn(hold(WINTER));
    Api api = new Api(server, json);

    for (int i = 0; i < 10; i++) {
      assertThat(api.post("/api/v1/holds", HoldApiTest.HOLD).status())
          .as("request %d", i + 1)
          .isEqualTo(201);
    }
    Api.Response eleventh = api.post("/api/v1/holds", HoldApiTest.HOLD);

    assertThat(eleventh.status()).isEqualTo(429);
    assertThat(eleventh.header("Retry-After")).isIn("1", "2");
    verify(bookings, times(10)).hold(any());
  }
}
