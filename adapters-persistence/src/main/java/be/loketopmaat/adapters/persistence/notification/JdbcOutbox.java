package be.loketopmaat.adapters.persistence.notification;

import be.loketopmaat.application.port.out.Outbox;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender's side of {@code outbox_message}. A claim locks the due rows with {@code FOR UPDATE
 * SKIP LOCKED} and moves their next attempt to the end of the lease in the same transaction, so
 * that neither a concurrent claim (skips the locked rows) nor a later one (sees them not due) gets
 * them again while they are being sent.
 */
@Singleton
@Transactional
public class JdbcOutbox implements Outbox {
  private static final int MAX_ERROR = 1000;
  private final OutboxDeliveryRows rows;

  private static final Logger LOG = LoggerFactory.getLogger(JdbcOutbox.class);

  JdbcOutbox(OutboxDeliveryRows rows) {
    this.rows = rows;
  }

  @Override
  public List<Entry> claimDue(LocalDateTime now, LocalDateTime leaseUntil, int limit) {
    List<OutboxDeliveryRow> due = rows.lockDue(now, limit);
    if (due.isEmpty()) {
      return List.of();
    }
    List<Entry> claimed = new ArrayList<>();
    for (OutboxDeliveryRow row : due) {
      Optional<Entry> entry = readable(row, leaseUntil);
      if (entry.isPresent()) {
        claimed.add(entry.get());
      } else {
        // A row no message can be read from would fail every claim after it: it is set aside as
        // a dead letter at once, and the rest go out.
        rows.markDead(row.id(), row.attempts(), "unreadable: not a message this service can send");
      }
    }
    if (!claimed.isEmpty()) {
      rows.lease(claimed.stream().map(Entry::id).toList(), leaseUntil);
    }
    return claimed;
  }

  @Override
  public void markSent(long id, int attempts, LocalDateTime at) {
    rows.markSent(id, attempts, at);
  }

  @Override
  public void markRetry(long id, int attempts, LocalDateTime nextAttemptAt, String error) {
    rows.markRetry(id, attempts, nextAttemptAt, shorten(error));
  }

  @Override
  public void markDead(long id, int attempts, String error) {
    rows.markDead(id, attempts, shorten(error));
  }

  @Override
  public List<Entry> list(Status status, int limit) {
    return rows.listByStatus(status.name(), limit).stream()
        .flatMap(row -> readable(row, row.nextAttemptAt()).stream())
        .toList();
  }

  @Override
  public Optional<Entry> find(long id) {
    return rows.findById(id).flatMap(row -> readable(row, row.nextAttemptAt()));
  }

  @Override
  public boolean retry(long id, LocalDateTime now) {
    return rows.requeueDead(id, now) > 0;
  }

  private static String shorten(String error) {
    return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
  }

  /**
   * The row as an entry, or empty when it holds no valid message (written by hand, or by an older
   * or foreign writer); logged with its id, for whoever repairs it. A claim sets it aside as a dead
   * letter, so the sender meets it once; the staff view leaves it out.
   */
  private static Optional<Entry> readable(OutboxDeliveryRow row, LocalDateTime nextAttemptAt) {
    try {
      return Optional.of(toEntry(row, nextAttemptAt));
    } catch (RuntimeException unreadable) {
      LOG.warn("outbox_message {} is not a valid message: {}", row.id(), unreadable.getMessage());
      return Optional.empty();
    }
  }

  private static Entry toEntry(OutboxDeliveryRow row, LocalDateTime nextAttemptAt) {
    return new Entry(
        row.id(),
        new Message(
            row.appointmentReference() == null
                ? null
                : new AppointmentReference(row.appointmentReference()),
            MessageKind.valueOf(row.kind()),
            Language.valueOf(row.language()),
            row.recipientEmail(),
            row.recipientPhone(),
            row.subject(),
            row.body(),
            row.calendar()),
        Status.valueOf(row.status()),
        row.attempts(),
        row.createdAt(),
        nextAttemptAt,
        row.sentAt(),
        row.lastError());
  }
}
