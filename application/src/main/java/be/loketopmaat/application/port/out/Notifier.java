package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.notification.Message;
import java.time.LocalDateTime;

/**
 * Tells citizens about their appointments. Messages are queued in the booking's own transaction (an
 * outbox), so that nothing is lost when sending fails or the sender is down.
 */
public interface Notifier {

  /** Queues the message once per {@code dedupeKey}; false when that key was queued before. */
  boolean enqueue(Message message, String dedupeKey, LocalDateTime at);
}
