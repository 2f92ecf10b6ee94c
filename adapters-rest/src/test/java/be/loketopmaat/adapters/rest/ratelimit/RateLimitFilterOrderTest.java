package be.loketopmaat.adapters.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.filter.ServerFilterPhase;
import org.junit.jupiter.api.Test;

/** The limiter's order is a constant for {@code @Order}; it must stay right after security. */
class RateLimitFilterOrderTest {
  @Test
  void runsRightAfterMicronautSecurity() {
    assertThat(RateLimitFilter.ORDER).isEqualTo(ServerFilterPhase.SECURITY.after());
  }
}
