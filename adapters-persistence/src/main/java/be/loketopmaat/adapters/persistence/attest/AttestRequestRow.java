package be.loketopmaat.adapters.persistence.attest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code attest_request}. */
@MappedEntity("attest_request")
record AttestRequestRow(
    @Id UUID id,
    String insz,
    String model,
    String language,
    String channel,
    String state,
    LocalDateTime receivedAt,
    LocalDateTime changedAt,
    @Nullable String mailboxMessageId,
    @Nullable String reason,
    @Nullable String detail,
    @Nullable String handledBy,
    @Nullable String note) {}
