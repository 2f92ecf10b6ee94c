package be.loketopmaat.adapters.persistence.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code code_request}. */
@MappedEntity("code_request")
record CodeRequestRow(
    @Id UUID id,
    String citizenInsz,
    String citizenName,
    @Nullable String citizenEmail,
    @Nullable String citizenPhone,
    String citizenLanguage,
    String pickupAt,
    String state,
    @Nullable String productionNumber,
    String requestedBy,
    LocalDateTime requestedAt,
    @Nullable LocalDateTime arrivedAt,
    @Nullable LocalDateTime endedAt,
    @Nullable String endReason,
    @Nullable String openInsz) {}
