package be.loketopmaat.adapters.federal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.population.NisCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PartnerSettingsTest {

  @Test
  void theApiKeyIsSentAsABearerTokenButNeverShown() {
    PartnerCredentials credentials = new PartnerCredentials(NisCode.ANTWERP, "s3cret-key");

    assertThat(credentials.authorization()).isEqualTo("Bearer s3cret-key");
    assertThat(credentials.toString()).contains("11002").doesNotContain("s3cret");
  }

  @Test
  void anApiKeyIsVisibleAscii() {
    for (String key : new String[] {null, "", " ", "two words", "line\nbreak", "é"}) {
      assertThatThrownBy(() -> new PartnerCredentials(NisCode.ANTWERP, key))
          .as(String.valueOf(key))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void circuitBreakerSettingsHaveSaneDefaultsAndBounds() {
    CircuitBreakerSettings defaults = CircuitBreakerSettings.defaults();
    assertThat(defaults.failureRateThreshold()).isEqualTo(50f);
    assertThat(defaults.minimumNumberOfCalls()).isLessThanOrEqualTo(defaults.slidingWindowSize());

    assertThatThrownBy(() -> new CircuitBreakerSettings(0f, 10, 5, Duration.ofSeconds(1), 1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new CircuitBreakerSettings(50f, 10, 11, Duration.ofSeconds(1), 1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new CircuitBreakerSettings(50f, 10, 5, Duration.ZERO, 1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new CircuitBreakerSettings(50f, 10, 5, Duration.ofSeconds(1), 0))
        .isInstanceOf(InvalidInputException.class);
  }
}
