package be.loketopmaat.adapters.persistence.appointment;

import be.loketopmaat.adapters.persistence.jdbc.SqlStates;
import be.loketopmaat.application.port.out.IdempotencyStore;
import be.loketopmaat.application.port.out.IdempotencyStore.KeyClaimedException;
import be.loketopmaat.domain.appointment.AppointmentReference;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Idempotency keys in {@code idempotency_key}, keyed by client and key. A claim is a plain insert,
 * so that the primary key decides between concurrent claims: on PostgreSQL and on H2 the second
 * insert waits for the first transaction and fails once it commits (or succeeds if it rolls back).
 */
@Singleton
@Transactional
public class JdbcIdempotencyStore implements IdempotencyStore {
  private final IdempotencyKeyRows rows;

  JdbcIdempotencyStore(IdempotencyKeyRows rows) {
    this.rows = rows;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Stored> find(String client, String key) {
    return rows.findById(id(client, key))
        .map(
            row ->
                new Stored(
                    row.fingerprint(),
                    row.reference() == null ? null : new AppointmentReference(row.reference()),
                    row.managementCode()));
  }

  @Override
  public void claim(String client, String key, String fingerprint, LocalDateTime at) {
    try {
      rows.save(new IdempotencyKeyRow(id(client, key), fingerprint, at, null, null));
    } catch (DataAccessException e) {
      if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new KeyClaimedException(client, key);
      }
      throw e;
    }
  }

  @Override
  public void complete(
      String client, String key, AppointmentReference reference, String managementCode) {
    if (rows.complete(id(client, key).client(), key, reference.value(), managementCode) == 0) {
      throw new IllegalStateException(
          "idempotency key '" + key + "' was not claimed before it was completed");
    }
  }

  @Override
  public int forgetBefore(LocalDateTime cutoff) {
    return (int) rows.deleteClaimedBefore(cutoff);
  }

  /**
   * Requests without a client name share one scope, the empty name: a primary key column cannot be
   * null.
   */
  private static IdempotencyKeyRow.Key id(String client, String key) {
    return new IdempotencyKeyRow.Key(client == null ? "" : client, key);
  }
}
