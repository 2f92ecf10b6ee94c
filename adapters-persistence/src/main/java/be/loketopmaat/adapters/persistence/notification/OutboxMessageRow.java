package be.loketopmaat.adapters.persistence.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/**
 * A message waiting to be sent (or sent: {@code sentAt}); {@code attempts} counts the sender's
 * tries.
 */
@MappedEntity("outbox_message")
record OutboxMessageRow(
    @Id @GeneratedValue @Nullable Long id,
    String dedupeKey,
    @Nullable String appointmentReference,
    String kind,
    String language,
    @Nullable String recipientEmail,
    @Nullable String recipientPhone,
    String subject,
    String body,
    @Nullable String calendar,
    LocalDateTime createdAt,
    @Nullable LocalDateTime sentAt,
    int attempts) {}
