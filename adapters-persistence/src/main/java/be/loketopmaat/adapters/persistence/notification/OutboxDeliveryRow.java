package be.loketopmaat.adapters.persistence.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** A message in the outbox with its delivery state, as the sender and the staff view read it. */
@MappedEntity("outbox_message")
record OutboxDeliveryRow(
    @Id Long id,
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
    int attempts,
    String status,
    @Nullable LocalDateTime nextAttemptAt,
    @Nullable String lastError) {}
