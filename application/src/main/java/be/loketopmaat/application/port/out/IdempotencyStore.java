package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.appointment.AppointmentReference;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Remembers the outcome of a booking by its client's idempotency key, so that a retried request
 * returns the first result. The key is claimed first in the booking's transaction: a concurrent
 * duplicate waits for it and then fails with {@link KeyClaimedException}.
 */
public interface IdempotencyStore {

  Optional<Stored> find(String client, String key);

  /**
   * @throws KeyClaimedException when the key is already claimed (by a request that may still be
   *     running)
   */
  void claim(String client, String key, String fingerprint, LocalDateTime at);

  void complete(String client, String key, AppointmentReference reference, String managementCode);

  /**
   * Forgets the keys claimed before {@code cutoff}, with the management codes kept to answer
   * retries: a retry comes within minutes, the code in clear should not stay longer than needed.
   * Returns how many.
   */
  int forgetBefore(LocalDateTime cutoff);

  /**
   * Another request claimed this client's key first: the caller answers with that request's
   * outcome.
   */
  class KeyClaimedException extends RuntimeException {
    public KeyClaimedException(String client, String key) {
      super("idempotency key '" + key + "' of client '" + client + "' is already claimed");
    }
  }

  /** {@code reference} is null while the claiming transaction has not completed. */
  record Stored(String fingerprint, AppointmentReference reference, String managementCode) {}
}
