package be.loketopmaat.adapters.federal.http;

import be.loketopmaat.domain.common.Violations;
import java.time.Duration;

/**
 * When the circuit breaker of a federal system opens, and how long it stays open. The breaker
 * counts the last {@code slidingWindowSize} calls; once at least {@code minimumNumberOfCalls} were
 * made and {@code failureRateThreshold} percent of them failed (the system could not be asked),
 * calls fail at once, without reaching the system, for {@code waitInOpenState}. After that, {@code
 * permittedCallsInHalfOpenState} trial calls decide whether it closes again or stays open.
 *
 * <p>Only a system that could not be asked counts as a failure: a refusal is an answer.
 */
public record CircuitBreakerSettings(
    float failureRateThreshold,
    int slidingWindowSize,
    int minimumNumberOfCalls,
    Duration waitInOpenState,
    int permittedCallsInHalfOpenState) {

  /** Half of the last 20 calls failed, at least 10 made: open for 30 s, then try 3 calls. */
  public static CircuitBreakerSettings defaults() {
    return new CircuitBreakerSettings(50f, 20, 10, Duration.ofSeconds(30), 3);
  }

  public CircuitBreakerSettings {
    new Violations()
        .require(
            failureRateThreshold > 0f && failureRateThreshold <= 100f,
            "failureRateThreshold",
            "must be a percentage above 0 and at most 100")
        .require(
            slidingWindowSize >= 1 && slidingWindowSize <= 1000,
            "slidingWindowSize",
            "must be 1 to 1000 calls")
        .require(
            minimumNumberOfCalls >= 1 && minimumNumberOfCalls <= slidingWindowSize,
            "minimumNumberOfCalls",
            "must be at least 1 and at most the sliding window")
        .require(
            waitInOpenState != null
                && !waitInOpenState.isNegative()
                && !waitInOpenState.isZero()
                && waitInOpenState.compareTo(Duration.ofHours(1)) <= 0,
            "waitInOpenState",
            "must be above zero and at most 1 h")
        .require(
            permittedCallsInHalfOpenState >= 1 && permittedCallsInHalfOpenState <= 100,
            "permittedCallsInHalfOpenState",
            "must be 1 to 100 calls")
        .throwIfAny();
  }
}
