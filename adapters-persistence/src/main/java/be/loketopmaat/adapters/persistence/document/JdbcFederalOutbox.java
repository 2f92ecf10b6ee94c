package be.loketopmaat.adapters.persistence.document;

import be.loketopmaat.application.port.out.federal.FederalOutbox;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The calls owed to the federal systems, in {@code federal_call}. A claim locks the due rows with
 * {@code FOR UPDATE SKIP LOCKED} and moves their next attempt to the end of the lease in the same
 * transaction, as the message outbox does, so that two workers never send one call at once.
 */
@Singleton
@Transactional
public class JdbcFederalOutbox implements FederalOutbox {
  private static final int MAX_ERROR = 1000;
  private final FederalCallRows rows;

  JdbcFederalOutbox(FederalCallRows rows) {
    this.rows = rows;
  }

  @Override
  public boolean enqueue(Call call, UUID subject, LocalDateTime now) {
    return rows.insertIfAbsent(call.name(), subject, now) == 1;
  }

  @Override
  public List<Entry> claimDue(LocalDateTime now, LocalDateTime leaseUntil, int limit) {
    List<FederalCallRow> due = rows.lockDue(now, limit);
    if (due.isEmpty()) {
      return List.of();
    }
    rows.lease(due.stream().map(FederalCallRow::id).toList(), leaseUntil);
    return due.stream().map(row -> toEntry(row, leaseUntil)).toList();
  }

  @Override
  public void markDone(long id, int attempts) {
    rows.mark(id, Status.DONE.name(), attempts, null, null);
  }

  @Override
  public void markRetry(long id, int attempts, LocalDateTime nextAttemptAt, String error) {
    rows.mark(id, Status.QUEUED.name(), attempts, nextAttemptAt, shorten(error));
  }

  @Override
  public void markDead(long id, int attempts, String error) {
    rows.mark(id, Status.FAILED.name(), attempts, null, shorten(error));
  }

  @Override
  @Transactional(readOnly = true)
  public long count(Status status) {
    return rows.countByStatus(status.name());
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> list(Status status, int limit) {
    return rows.listByStatus(status.name(), limit).stream()
        .map(row -> toEntry(row, row.nextAttemptAt()))
        .toList();
  }

  @Override
  public boolean retry(long id, LocalDateTime now) {
    return rows.requeueFailed(id, now) == 1;
  }

  private static Entry toEntry(FederalCallRow row, LocalDateTime nextAttemptAt) {
    return new Entry(
        row.id(),
        Call.valueOf(row.callKind()),
        row.subject(),
        Status.valueOf(row.status()),
        row.attempts(),
        row.createdAt(),
        nextAttemptAt,
        row.lastError());
  }

  private static String shorten(String error) {
    return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
  }
}
