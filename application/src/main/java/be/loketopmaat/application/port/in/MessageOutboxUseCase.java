package be.loketopmaat.application.port.in;

import be.loketopmaat.application.port.out.Outbox;
import java.util.List;

/**
 * Staff's view of the outbox: what is queued, sent and failed, and another try for a dead letter.
 */
public interface MessageOutboxUseCase {

  /** At most this many messages in one answer. */
  int MAX_LIMIT = 500;

  /**
   * The messages in {@code status}, newest first; {@code limit} between 1 and {@link #MAX_LIMIT}.
   */
  List<Outbox.Entry> list(Outbox.Status status, int limit);

  /**
   * Queues a dead letter again, due now, with its attempts reset; false when there is no dead
   * letter with that id.
   */
  boolean retry(long id);
}
