package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.port.out.federal.FeedPositions;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Document orders, the federal outbox and feed positions in memory, for the service tests; its
 * transaction restores all three when the work throws.
 */
final class InMemoryDocuments
    implements DocumentOrderStore, FederalOutbox, FeedPositions, Transactions {
  private Map<UUID, DocumentOrder> orders = new LinkedHashMap<>();
  private Map<Long, Entry> calls = new LinkedHashMap<>();
  private Map<String, Long> feeds = new HashMap<>();
  private long nextId = 1;

  @Override
  public synchronized <T> T inTransaction(Supplier<T> work) {
    Map<UUID, DocumentOrder> orders = new LinkedHashMap<>(this.orders);
    Map<Long, Entry> calls = new LinkedHashMap<>(this.calls);
    Map<String, Long> feeds = new HashMap<>(this.feeds);
    try {
      return work.get();
    } catch (RuntimeException e) {
      this.orders = orders;
      this.calls = calls;
      this.feeds = feeds;
      throw e;
    }
  }

  @Override
  public synchronized void insert(DocumentOrder order) {
    if (orders.putIfAbsent(order.id(), order) != null) {
      throw new IllegalStateException("order " + order.id() + " exists");
    }
    long same =
        orders.values().stream()
            .filter(
                o ->
                    o.kind() == order.kind()
                        && order.productionNumber() != null
                        && order.productionNumber().equals(o.productionNumber()))
            .count();
    if (same > 1) {
      orders.remove(order.id());
      throw new IllegalStateException("number " + order.productionNumber() + " exists");
    }
  }

  @Override
  public synchronized Optional<DocumentOrder> find(UUID id) {
    return Optional.ofNullable(orders.get(id));
  }

  @Override
  public synchronized Optional<DocumentOrder> findForUpdate(UUID id) {
    return find(id);
  }

  @Override
  public synchronized Optional<DocumentOrder> findByNumber(DocumentKind kind, String number) {
    return orders.values().stream()
        .filter(o -> o.kind() == kind && number.equals(o.productionNumber()))
        .findFirst();
  }

  @Override
  public synchronized boolean update(DocumentOrder order, DocumentState expected) {
    DocumentOrder stored = orders.get(order.id());
    if (stored == null || stored.state() != expected) {
      return false;
    }
    orders.put(order.id(), order);
    return true;
  }

  @Override
  public synchronized List<DocumentOrder> at(
      LocationCode location, DocumentState state, int limit) {
    return orders.values().stream()
        .filter(o -> o.pickupAt().equals(location) && o.state() == state)
        .sorted(Comparator.comparing(DocumentOrder::arrivedAt))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<DocumentOrder> openOf(NationalNumber insz) {
    return orders.values().stream()
        .filter(o -> o.citizen().insz().equals(insz) && !o.state().isFinal())
        .sorted(Comparator.comparing(DocumentOrder::recordedAt))
        .toList();
  }

  @Override
  public synchronized List<DocumentOrder> arrivedBefore(LocalDateTime arrivedBefore, int limit) {
    return orders.values().stream()
        .filter(o -> o.state() == DocumentState.ARRIVED && o.arrivedAt().isBefore(arrivedBefore))
        .sorted(Comparator.comparing(DocumentOrder::arrivedAt))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized boolean enqueue(Call call, UUID subject, LocalDateTime now) {
    boolean known =
        calls.values().stream().anyMatch(e -> e.call() == call && e.subject().equals(subject));
    if (known) {
      return false;
    }
    long id = nextId++;
    calls.put(id, new Entry(id, call, subject, Status.QUEUED, 0, now, now, null));
    return true;
  }

  @Override
  public synchronized List<Entry> claimDue(LocalDateTime now, LocalDateTime leaseUntil, int limit) {
    List<Entry> due = new ArrayList<>();
    for (Entry e : calls.values()) {
      if (due.size() < limit && e.status() == Status.QUEUED && !e.nextAttemptAt().isAfter(now)) {
        due.add(e);
      }
    }
    for (Entry e : due) {
      calls.put(e.id(), with(e, Status.QUEUED, e.attempts(), leaseUntil, e.lastError()));
    }
    return due.stream().map(e -> calls.get(e.id())).toList();
  }

  @Override
  public synchronized void markDone(long id, int attempts) {
    calls.put(id, with(calls.get(id), Status.DONE, attempts, null, null));
  }

  @Override
  public synchronized void markRetry(
      long id, int attempts, LocalDateTime nextAttemptAt, String error) {
    calls.put(id, with(calls.get(id), Status.QUEUED, attempts, nextAttemptAt, error));
  }

  @Override
  public synchronized void markDead(long id, int attempts, String error) {
    calls.put(id, with(calls.get(id), Status.FAILED, attempts, null, error));
  }

  @Override
  public synchronized long count(Status status) {
    return calls.values().stream().filter(e -> e.status() == status).count();
  }

  @Override
  public synchronized List<Entry> list(Status status, int limit) {
    return calls.values().stream().filter(e -> e.status() == status).limit(limit).toList();
  }

  @Override
  public synchronized boolean retry(long id, LocalDateTime now) {
    Entry e = calls.get(id);
    if (e == null || e.status() != Status.FAILED) {
      return false;
    }
    calls.put(id, with(e, Status.QUEUED, 0, now, e.lastError()));
    return true;
  }

  @Override
  public synchronized long position(String feed) {
    return feeds.getOrDefault(feed, 0L);
  }

  @Override
  public synchronized void advance(String feed, long position) {
    feeds.merge(feed, position, Math::max);
  }

  private static Entry with(
      Entry e, Status status, int attempts, LocalDateTime next, String error) {
    return new Entry(e.id(), e.call(), e.subject(), status, attempts, e.createdAt(), next, error);
  }
}
