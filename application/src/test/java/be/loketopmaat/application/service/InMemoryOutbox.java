package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.Outbox;
import be.loketopmaat.domain.notification.Message;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox in memory, both sides: what the services queue and what the sender claims. */
final class InMemoryOutbox implements Notifier, Outbox {
  private final Map<Long, Entry> entries = new LinkedHashMap<>();
  private final Map<String, Long> keys = new LinkedHashMap<>();
  private long nextId = 1;

  @Override
  public synchronized boolean enqueue(Message message, String dedupeKey, LocalDateTime at) {
    if (keys.containsKey(dedupeKey)) {
      return false;
    }
    long id = nextId++;
    keys.put(dedupeKey, id);
    entries.put(id, new Entry(id, message, Status.QUEUED, 0, at, at, null, null));
    return true;
  }

  @Override
  public synchronized List<Entry> claimDue(LocalDateTime now, LocalDateTime leaseUntil, int limit) {
    List<Entry> due =
        entries.values().stream()
            .filter(e -> e.status() == Status.QUEUED && !e.nextAttemptAt().isAfter(now))
            .sorted(Comparator.comparing(Entry::nextAttemptAt).thenComparing(Entry::id))
            .limit(limit)
            .toList();
    List<Entry> claimed = new ArrayList<>();
    for (Entry e : due) {
      Entry leased =
          new Entry(
              e.id(),
              e.message(),
              e.status(),
              e.attempts(),
              e.createdAt(),
              leaseUntil,
              null,
              e.lastError());
      entries.put(e.id(), leased);
      claimed.add(leased);
    }
    return claimed;
  }

  @Override
  public synchronized void markSent(long id, int attempts, LocalDateTime at) {
    Entry e = entries.get(id);
    entries.put(
        id,
        new Entry(id, e.message(), Status.SENT, attempts, e.createdAt(), null, at, e.lastError()));
  }

  @Override
  public synchronized void markRetry(
      long id, int attempts, LocalDateTime nextAttemptAt, String error) {
    Entry e = entries.get(id);
    entries.put(
        id,
        new Entry(
            id, e.message(), Status.QUEUED, attempts, e.createdAt(), nextAttemptAt, null, error));
  }

  @Override
  public synchronized void markDead(long id, int attempts, String error) {
    Entry e = entries.get(id);
    entries.put(
        id, new Entry(id, e.message(), Status.FAILED, attempts, e.createdAt(), null, null, error));
  }

  @Override
  public synchronized List<Entry> list(Status status, int limit) {
    return entries.values().stream()
        .filter(e -> e.status() == status)
        .sorted(Comparator.comparing(Entry::id).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized Optional<Entry> find(long id) {
    return Optional.ofNullable(entries.get(id));
  }

  @Override
  public synchronized boolean retry(long id, LocalDateTime now) {
    Entry e = entries.get(id);
    if (e == null || e.status() != Status.FAILED) {
      return false;
    }
    entries.put(
        id, new Entry(id, e.message(), Status.QUEUED, 0, e.createdAt(), now, null, e.lastError()));
    return true;
  }
}
