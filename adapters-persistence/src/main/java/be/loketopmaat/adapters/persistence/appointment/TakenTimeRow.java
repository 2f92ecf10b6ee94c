package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;
import java.util.UUID;

/** The few columns of a {@code desk_time} row that the slot search needs, whatever its kind. */
@Introspected
record TakenTimeRow(
    UUID id,
    String locationCode,
    String desk,
    LocalDateTime startAt,
    LocalDateTime endAt,
    @Nullable LocalDateTime expiresAt) {}
