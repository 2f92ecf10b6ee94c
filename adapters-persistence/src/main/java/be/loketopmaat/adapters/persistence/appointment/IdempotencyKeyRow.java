package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDateTime;

/**
 * A claimed idempotency key; {@code reference} and {@code managementCode} once its booking
 * completed.
 */
@MappedEntity("idempotency_key")
record IdempotencyKeyRow(
    @EmbeddedId Key id,
    String fingerprint,
    LocalDateTime claimedAt,
    @Nullable String reference,
    @Nullable String managementCode) {

  @Embeddable
  record Key(
      @MappedProperty("client") String client,
      @MappedProperty("idempotency_key") String idempotencyKey) {}
}
