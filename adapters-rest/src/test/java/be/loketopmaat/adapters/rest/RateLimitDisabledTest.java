package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.BookingData.WINTER;
import static be.loketopmaat.adapters.rest.BookingData.hold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.HoldSlotUseCase;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "loket.rate-limit.enabled", value = "false")
@Property(name = "loket.rate-limit.requests-per-minute", value = "1")
@Property(name = "loket.rate-limit.burst", value = "1")
class RateLimitDisabledTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject HoldSlotUseCase bookings;

  @MockBean(HoldSlotUseCase.class)
  HoldSlotUseCase bookings() {
    return mock(HoldSlotUseCase.class);
  }

  @Test
  void switchedOffNothingIsLimited() {
    when(bookings.hold(any())).thenReturn(hold(WINTER));
    Api api = new Api(server, json);

    for (int i = 0; i < 3; i++) {
      assertThat(api.post("/api/v1/holds", HoldApiTest.HOLD).status()).isEqualTo(201);
    }
  }
}
