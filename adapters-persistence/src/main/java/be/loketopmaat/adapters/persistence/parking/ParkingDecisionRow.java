package be.loketopmaat.adapters.persistence.parking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code parking_decision}. */
@MappedEntity("parking_decision")
record ParkingDecisionRow(
    @Id @GeneratedValue @Nullable Long id,
    UUID permitId,
    LocalDate periodEnd,
    String outcome,
    @Nullable String reason,
    @Nullable LocalDate renewedUntil,
    LocalDate runDate,
    String decidedBy,
    LocalDateTime decidedAt) {}
