package be.loketopmaat.adapters.federal.http;

import be.loketopmaat.application.port.out.federal.SystemNotAskedException;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.function.Supplier;

/**
 * The circuit breaker of one federal system (resilience4j): after too many calls in a row could not
 * reach the system, the next calls fail at once with a {@link SystemUnavailableException} saying
 * the circuit is open, so that callers do not each wait for a timeout of a system that is down.
 * Only a {@link SystemUnavailableException} counts as a failure; any other outcome (an answer, a
 * refusal) is a call the system answered.
 */
public final class SystemCircuitBreaker {
  private final String system;
  private final CircuitBreakerSettings settings;
  private final CircuitBreaker breaker;

  public SystemCircuitBreaker(String system, CircuitBreakerSettings settings) {
    this.system = system;
    this.settings = settings;
    this.breaker =
        CircuitBreaker.of(
            system,
            CircuitBreakerConfig.custom()
                .slidingWindow(
                    settings.slidingWindowSize(),
                    settings.minimumNumberOfCalls(),
                    CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
                .recordException(SystemUnavailableException.class::isInstance)
                .writableStackTraceEnabled(false)
                .build());
  }

  /** Makes the call through the breaker, or fails at once when it is open. */
  public <T> T call(Supplier<T> call) {
    try {
      return breaker.executeSupplier(call);
    } catch (CallNotPermittedException e) {
      throw new SystemNotAskedException(
          system,
          "the circuit is open after repeated failures, so it is not asked for up to "
              + readable(settings.waitInOpenState()),
          settings.waitInOpenState(),
          e);
    }
  }

  /** Makes a call without a result through the breaker. */
  public void run(Runnable call) {
    call(
        () -> {
          call.run();
          return null;
        });
  }

  private static String readable(java.time.Duration duration) {
    return duration.compareTo(java.time.Duration.ofSeconds(1)) < 0
        ? duration.toMillis() + " ms"
        : duration.toSeconds() + " s";
  }

  /** CLOSED, OPEN or HALF_OPEN, for monitoring and tests. */
  public CircuitBreaker.State state() {
    return breaker.getState();
  }
}
