package be.loketopmaat.adapters.persistence.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code kiosk}. */
@MappedEntity("kiosk")
record KioskRow(
    @Id UUID id,
    String location,
    String name,
    String secretHash,
    boolean enabled,
    LocalDateTime registeredAt,
    String status,
    @Nullable LocalDateTime lastSeen) {}
