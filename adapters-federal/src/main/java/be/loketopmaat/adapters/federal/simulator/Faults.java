package be.loketopmaat.adapters.federal.simulator;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The failures a simulator injects on request: slowness, a hang (no answer at all), a dropped
 * connection, a server error. A Java API only, on purpose: nothing reachable over the network
 * switches these, so a simulator started next to a real service cannot be disturbed by a partner.
 */
public final class Faults {
  /** What goes wrong with an answer. */
  public sealed interface Fault permits Slow, Hang, Drop, ServerError {}

  /** The answer comes, after this delay. */
  public record Slow(Duration delay) implements Fault {}

  /** No answer at all until the faults are cleared or the simulator stops (at most 5 minutes). */
  public record Hang() implements Fault {}

  /** The connection is closed without an answer. */
  public record Drop() implements Fault {}

  /** An HTTP server error with a short text body. */
  public record ServerError(int status) implements Fault {
    public ServerError {
      if (status < 500 || status > 599) {
        throw new IllegalArgumentException("a server error is a 5xx status, not " + status);
      }
    }
  }

  private record Injection(Fault fault, AtomicInteger remaining) {}

  private final AtomicReference<Injection> current = new AtomicReference<>();
  private volatile CountDownLatch release = new CountDownLatch(1);

  /** Every answer from now on suffers this fault, until {@link #clear()}. */
  public void always(Fault fault) {
    current.set(new Injection(fault, new AtomicInteger(-1)));
  }

  /** The next {@code count} requests suffer this fault; later ones are served normally. */
  public void next(int count, Fault fault) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    current.set(new Injection(fault, new AtomicInteger(count)));
  }

  public void slowDown(Duration delay) {
    always(new Slow(delay));
  }

  public void hang() {
    always(new Hang());
  }

  public void dropConnections() {
    always(new Drop());
  }

  public void answerServerError(int status) {
    always(new ServerError(status));
  }

  /** Back to normal service; requests left hanging are let go (their connection is closed). */
  public void clear() {
    current.set(null);
    CountDownLatch hung = release;
    release = new CountDownLatch(1);
    hung.countDown();
  }

  /** The fault for the request that just came in, if any; counts it against a limited injection. */
  Optional<Fault> take() {
    Injection injection = current.get();
    if (injection == null) {
      return Optional.empty();
    }
    int left = injection.remaining().getAndUpdate(n -> n > 0 ? n - 1 : n);
    if (left == 0) {
      current.compareAndSet(injection, null);
      return Optional.empty();
    }
    if (left == 1) {
      current.compareAndSet(injection, null);
    }
    return Optional.of(injection.fault());
  }

  /** Waits while a hang lasts. */
  void awaitRelease() throws InterruptedException {
    release.await(5, TimeUnit.MINUTES);
  }
}
