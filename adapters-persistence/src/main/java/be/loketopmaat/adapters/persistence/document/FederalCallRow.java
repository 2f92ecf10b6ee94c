package be.loketopmaat.adapters.persistence.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code federal_call}. */
@MappedEntity("federal_call")
record FederalCallRow(
    @Id Long id,
    String callKind,
    UUID subject,
    String status,
    int attempts,
    LocalDateTime createdAt,
    @Nullable LocalDateTime nextAttemptAt,
    @Nullable String lastError) {}
