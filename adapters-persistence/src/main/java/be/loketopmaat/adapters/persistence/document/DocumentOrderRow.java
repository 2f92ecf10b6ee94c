package be.loketopmaat.adapters.persistence.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code document_order}. */
@MappedEntity("document_order")
record DocumentOrderRow(
    @Id UUID id,
    String kind,
    String productCode,
    String citizenInsz,
    String citizenName,
    @Nullable String citizenEmail,
    @Nullable String citizenPhone,
    String citizenLanguage,
    String appliedAt,
    String pickupAt,
    boolean urgent,
    String state,
    @Nullable String productionNumber,
    String recordedBy,
    LocalDateTime recordedAt,
    @Nullable LocalDateTime arrivedAt,
    @Nullable LocalDateTime endedAt,
    @Nullable String endReason) {}
