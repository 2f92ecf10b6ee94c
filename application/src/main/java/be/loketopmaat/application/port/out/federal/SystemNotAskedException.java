package be.loketopmaat.application.port.out.federal;

import java.time.Duration;
import java.util.Objects;

/**
 * The system was not asked at all: after repeated failures its circuit is open, and calls fail at
 * once until {@code retryAfter} has passed. A call refused this way did not try the system, so it
 * does not count as an attempt.
 */
public class SystemNotAskedException extends SystemUnavailableException {
  private final Duration retryAfter;

  public SystemNotAskedException(
      String system, String detail, Duration retryAfter, Throwable cause) {
    super(system, detail, cause);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /** How long until the system is asked again, at most. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
