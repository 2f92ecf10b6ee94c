package be.loketopmaat.adapters.persistence.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxMessageRows extends GenericRepository<OutboxMessageRow, Long> {

  /**
   * Queues a message unless its dedupe key was queued before; the number of rows inserted. A
   * duplicate is skipped by the database instead of failing, because a failed statement would abort
   * the caller's whole PostgreSQL transaction (the booking the message is about).
   */
  @Query(
      """
      INSERT INTO outbox_message (dedupe_key, appointment_reference, kind, language, recipient_email,
          recipient_phone, subject, body, calendar, created_at, attempts, status, next_attempt_at)
      VALUES (:dedupeKey, :appointmentReference, :kind, :language, :recipientEmail, :recipientPhone, :subject, :body,
          :calendar, :createdAt, 0, 'QUEUED', :createdAt)
      ON CONFLICT DO NOTHING""")
  long insertIfAbsent(
      String dedupeKey,
      @Nullable String appointmentReference,
      String kind,
      String language,
      @Nullable String recipientEmail,
      @Nullable String recipientPhone,
      String subject,
      String body,
      @Nullable String calendar,
      LocalDateTime createdAt);
}
