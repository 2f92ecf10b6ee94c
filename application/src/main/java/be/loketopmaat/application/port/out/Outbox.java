package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.notification.Message;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The sender's side of the outbox that {@link Notifier} fills: claim what is due, record what
 * became of it, and show it to staff. Times are the city's local date-times.
 */
public interface Outbox {

  /** Where a message stands. */
  enum Status {
    QUEUED,
    SENT,
    FAILED
  }

  /** A message in the outbox with its delivery state. */
  record Entry(
      long id,
      Message message,
      Status status,
      int attempts,
      LocalDateTime createdAt,
      LocalDateTime nextAttemptAt,
      LocalDateTime sentAt,
      String lastError) {}

  /**
   * Claims up to {@code limit} queued messages due at {@code now}, oldest first, and moves their
   * next attempt to {@code leaseUntil}, so that no other sender (another instance) claims them
   * while this one works on them; a sender that dies leaves them due again at {@code leaseUntil}.
   * Claims commit on return: concurrent callers never get the same message.
   */
  List<Entry> claimDue(LocalDateTime now, LocalDateTime leaseUntil, int limit);

  /** Records that the message went out; its attempts count this one. */
  void markSent(long id, int attempts, LocalDateTime at);

  /** Records a failed attempt to be tried again at {@code nextAttemptAt}. */
  void markRetry(long id, int attempts, LocalDateTime nextAttemptAt, String error);

  /** Records a failed attempt after which the message is a dead letter (status FAILED). */
  void markDead(long id, int attempts, String error);

  /** The messages in {@code status}, newest first, at most {@code limit}. */
  List<Entry> list(Status status, int limit);

  Optional<Entry> find(long id);

  /**
   * Queues a dead letter again, due at {@code now}, with its attempts reset; false when {@code id}
   * is not a dead letter.
   */
  boolean retry(long id, LocalDateTime now);
}
