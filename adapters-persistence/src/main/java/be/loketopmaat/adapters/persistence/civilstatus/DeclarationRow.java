package be.loketopmaat.adapters.persistence.civilstatus;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code civil_status_declaration}. */
@MappedEntity("civil_status_declaration")
record DeclarationRow(
    @Id UUID id,
    String kind,
    String declarant,
    String language,
    String parties,
    @Nullable String relation,
    @Nullable LocalDate eventDate,
    String state,
    LocalDateTime submittedAt,
    LocalDateTime changedAt,
    @Nullable String draftId,
    @Nullable String actNumber,
    @Nullable String signedBy,
    @Nullable String mailboxMessageId,
    @Nullable String reason,
    @Nullable String detail,
    @Nullable String handledBy) {}
