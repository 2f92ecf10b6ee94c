package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

@MappedEntity("slot_release")
record SlotReleaseRow(
    @Id @GeneratedValue @Nullable Long id,
    String citizenInsz,
    String locationCode,
    LocalDateTime startAt,
    LocalDateTime endAt,
    LocalDateTime releasedAt) {}
