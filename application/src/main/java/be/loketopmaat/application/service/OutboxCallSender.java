package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.federal.FederalOutbox;
import java.util.Set;

/**
 * Sends one family of the outbox's calls to the system they are for, for the worker in {@link
 * FederalSync}, which claims the calls, and retries, backs off or gives up on them as they fail.
 */
public interface OutboxCallSender {

  /** The calls this sender sends. */
  Set<FederalOutbox.Call> calls();

  /**
   * Sends the call (this is attempt {@code attempts}) and marks it done, in the transaction of any
   * change its answer makes.
   *
   * @throws Undeliverable when the call can never go out (its subject is gone, the system refuses
   *     it for a reason a retry will not change): it is given up on at once, for staff to see
   * @throws RuntimeException for anything else: the call is tried again after a backoff
   */
  void send(FederalOutbox.Entry entry, int attempts);

  /** A call that no retry will deliver, for the reason given. */
  class Undeliverable extends RuntimeException {
    public Undeliverable(String reason) {
      super(reason);
    }
  }
}
