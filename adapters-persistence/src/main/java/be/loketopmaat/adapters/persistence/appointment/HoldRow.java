package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Where;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A hold's row in {@code desk_time}. It stays after it expires, inactive, for a while: a citizen
 * who confirms too late is then told that the hold expired, not that it never existed.
 */
@MappedEntity("desk_time")
@Where("@.kind = 'HOLD'")
record HoldRow(
    @Id UUID id,
    String kind,
    String locationCode,
    String desk,
    LocalDateTime startAt,
    LocalDateTime endAt,
    boolean active,
    String products,
    int persons,
    LocalDateTime expiresAt,
    String holder,
    @Nullable UUID pickupOf) {
  static final String KIND = "HOLD";
}
