package be.loketopmaat.adapters.persistence.notification;

import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.domain.notification.Message;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;

/**
 * Queues messages in {@code outbox_message}, in the caller's transaction: a booking and its
 * confirmation commit or roll back together, and a sender that reads the outbox later can retry
 * until it gets through. Sending is not this adapter's job.
 */
@Singleton
@Transactional
public class OutboxNotifier implements Notifier {
  private final OutboxMessageRows rows;
  private final OutboxRowMapper mapper;

  OutboxNotifier(OutboxMessageRows rows, OutboxRowMapper mapper) {
    this.rows = rows;
    this.mapper = mapper;
  }

  @Override
  public boolean enqueue(Message message, String dedupeKey, LocalDateTime at) {
    OutboxMessageRow row = mapper.toRow(message, dedupeKey, at);
    return rows.insertIfAbsent(
            row.dedupeKey(),
            row.appointmentReference(),
            row.kind(),
            row.language(),
            row.recipientEmail(),
            row.recipientPhone(),
            row.subject(),
            row.body(),
            row.calendar(),
            row.createdAt())
        > 0;
  }
}
