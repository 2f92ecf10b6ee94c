package be.loketopmaat.application.port.out.federal;

import java.time.Duration;

/**
 * How long to wait before trying a call to a system outside the city again, after it failed {@code
 * attempts} times: growing, with jitter, so that many queued calls do not all return at once when
 * the system comes back.
 */
public interface Backoff {
  Duration delayAfter(int attempts);
}
