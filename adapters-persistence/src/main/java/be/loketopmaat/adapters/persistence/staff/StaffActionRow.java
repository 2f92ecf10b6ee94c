package be.loketopmaat.adapters.persistence.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One line of {@code staff_action}. */
@MappedEntity("staff_action")
record StaffActionRow(
    @Id UUID id,
    String appointmentReference,
    String actorId,
    String actorName,
    Instant at,
    String kind,
    @Nullable String detail,
    @Nullable String reason) {}
