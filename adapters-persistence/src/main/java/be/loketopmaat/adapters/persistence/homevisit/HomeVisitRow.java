package be.loketopmaat.adapters.persistence.homevisit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/** One line of {@code home_visit}. */
@MappedEntity("home_visit")
record HomeVisitRow(
    @Id UUID id,
    String team,
    @MappedProperty("visit_day") LocalDate day,
    @MappedProperty("start_time") LocalTime start,
    int minutes,
    String purpose,
    String kind,
    String productCode,
    String citizenInsz,
    String citizenName,
    @Nullable String citizenEmail,
    @Nullable String citizenPhone,
    String citizenLanguage,
    String street,
    String postalCode,
    String municipality,
    @Nullable String note,
    @Nullable UUID documentOrderId,
    String state,
    String plannedBy,
    LocalDateTime plannedAt,
    @Nullable LocalDateTime endedAt,
    @Nullable String endReason) {}
