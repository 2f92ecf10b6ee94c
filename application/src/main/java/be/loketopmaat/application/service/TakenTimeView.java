package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.DeskTimeChanges;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.TakenTimeSource;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The taken desk time in memory, per location and day, for the reads that may be a moment old: the
 * slot search, a booking's first look, the alternatives of a lost race. What decides a claim is
 * never read here but from the ledger under the desk's lock ({@link DeskTimeClaims}), so a view a
 * moment old can cost a client a 409, never a double booking.
 *
 * <p>A day is forgotten as soon as its desk time changes: at once when the change is this
 * instance's (the services tell the view after their transaction commits), and on the {@link
 * DeskTimeChanges} feed when it is another instance's. A hold kept here stops counting when it
 * expires, as in the ledger. Every day is also read again after {@code maxAge}, which bounds what
 * the feed may miss.
 */
public final class TakenTimeView implements TakenTimeSource, DeskTimeChanges.Listener {
  /** Nothing takes a desk longer than a day, so a day's reads need the day before's rows too. */
  private static final Duration LONGEST = Duration.ofDays(1);

  private static final int MAX_ENTRIES = 20_000;

  private final DeskTimeLedger ledger;
  private final long maxAgeNanos;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Key, Long> generations = new ConcurrentHashMap<>();
  private final AtomicLong version = new AtomicLong();
  private final Object[] loading = new Object[64];

  /** Goes up when many days are forgotten at once: a read that started before keeps nothing. */
  private final AtomicLong forgetting = new AtomicLong();

  /** Rows of desk time that start at this location on this day. */
  private record Key(LocationCode location, LocalDate day) {}

  private record Entry(List<DeskTime> rows, long loadedAt) {}

  public TakenTimeView(DeskTimeLedger ledger, Duration maxAge) {
    this(ledger, maxAge, System::nanoTime);
  }

  TakenTimeView(DeskTimeLedger ledger, Duration maxAge, LongSupplier nanoTime) {
    this.ledger = ledger;
    this.maxAgeNanos = maxAge.toNanos();
    this.nanoTime = nanoTime;
    for (int i = 0; i < loading.length; i++) {
      loading[i] = new Object();
    }
  }

  @Override
  public List<DeskTime> takenTime(
      Collection<LocationCode> locations, LocalDateTime from, LocalDateTime to, LocalDateTime now) {
    if (locations.isEmpty() || !from.isBefore(to)) {
      return List.of();
    }
    LocalDate firstDay = from.minus(LONGEST).toLocalDate();
    LocalDate lastDay = to.minusNanos(1).toLocalDate();
    long clock = nanoTime.getAsLong();
    Map<Key, List<DeskTime>> found = new HashMap<>();
    Set<LocationCode> missingLocations = new LinkedHashSet<>();
    TreeSet<LocalDate> missingDays = new TreeSet<>();
    for (LocationCode location : new LinkedHashSet<>(locations)) {
      for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
        Key key = new Key(location, day);
        Entry entry = entries.get(key);
        if (entry != null && clock - entry.loadedAt() < maxAgeNanos) {
          found.put(key, entry.rows());
        } else {
          missingLocations.add(location);
          missingDays.add(day);
        }
      }
    }
    if (!missingLocations.isEmpty()) {
      // One read of the same days at a time: who asks the same meanwhile waits and finds them kept.
      Object stripe =
          loading[
              Math.floorMod(
                  Objects.hash(missingLocations, missingDays.first(), missingDays.last()),
                  loading.length)];
      synchronized (stripe) {
        dropKept(found, missingLocations, missingDays, clock);
        if (!missingLocations.isEmpty()) {
          load(missingLocations, missingDays.first(), missingDays.last(), now, clock, found);
        }
      }
    }
    List<DeskTime> taken = new ArrayList<>();
    for (List<DeskTime> rows : found.values()) {
      for (DeskTime time : rows) {
        if (time.overlaps(from, to) && time.takenAt(now)) {
          taken.add(time);
        }
      }
    }
    return taken;
  }

  /** Takes what another read has kept meanwhile out of what is missing. */
  private void dropKept(
      Map<Key, List<DeskTime>> found,
      Set<LocationCode> missingLocations,
      TreeSet<LocalDate> missingDays,
      long clock) {
    Set<LocationCode> stillMissing = new LinkedHashSet<>();
    TreeSet<LocalDate> stillMissingDays = new TreeSet<>();
    for (LocationCode location : missingLocations) {
      for (LocalDate day : missingDays) {
        Key key = new Key(location, day);
        if (found.containsKey(key)) {
          continue;
        }
        Entry entry = entries.get(key);
        if (entry != null && clock - entry.loadedAt() < maxAgeNanos) {
          found.put(key, entry.rows());
        } else {
          stillMissing.add(location);
          stillMissingDays.add(day);
        }
      }
    }
    missingLocations.retainAll(stillMissing);
    missingDays.retainAll(stillMissingDays);
  }

  /**
   * Reads the days missing from the ledger in one query and keeps each, unless it changed while
   * being read: a day forgotten meanwhile is answered from this read but not kept.
   */
  private void load(
      Set<LocationCode> locations,
      LocalDate firstDay,
      LocalDate lastDay,
      LocalDateTime now,
      long clock,
      Map<Key, List<DeskTime>> found) {
    long forgettingBefore = forgetting.get();
    Map<Key, Long> before = new HashMap<>();
    Map<Key, List<DeskTime>> loaded = new HashMap<>();
    for (LocationCode location : locations) {
      for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
        Key key = new Key(location, day);
        if (!found.containsKey(key)) {
          before.put(key, generations.getOrDefault(key, 0L));
          loaded.put(key, new ArrayList<>());
        }
      }
    }
    for (DeskTime time :
        ledger.takenTimeStarting(
            locations, firstDay.atStartOfDay(), lastDay.plusDays(1).atStartOfDay(), now)) {
      List<DeskTime> rows = loaded.get(new Key(time.location(), time.start().toLocalDate()));
      if (rows != null) {
        rows.add(time);
      }
    }
    if (entries.size() > MAX_ENTRIES) {
      entries.values().removeIf(entry -> clock - entry.loadedAt() >= maxAgeNanos);
    }
    loaded.forEach(
        (key, rows) -> {
          List<DeskTime> kept = List.copyOf(rows);
          found.put(key, kept);
          entries.compute(
              key,
              (k, old) ->
                  generations.getOrDefault(k, 0L).equals(before.get(k))
                          && forgetting.get() == forgettingBefore
                      ? new Entry(kept, clock)
                      : old);
        });
  }

  /** Forgets the day: its desk time changed. */
  @Override
  public void changed(LocationCode location, LocalDate day) {
    Key key = new Key(location, day);
    generations.merge(key, 1L, Long::sum);
    entries.remove(key);
    version.incrementAndGet();
  }

  /**
   * Adds the desk time to its day if that day is kept (once, however often it is told); a read of
   * that day under way is answered but not kept, since it may have missed the row.
   */
  @Override
  public void taken(DeskTime time) {
    Key key = new Key(time.location(), time.start().toLocalDate());
    generations.merge(key, 1L, Long::sum);
    entries.computeIfPresent(
        key,
        (k, entry) -> {
          for (DeskTime row : entry.rows()) {
            if (row.id().equals(time.id())) {
              return entry;
            }
          }
          List<DeskTime> rows = new ArrayList<>(entry.rows().size() + 1);
          rows.addAll(entry.rows());
          rows.add(time);
          return new Entry(List.copyOf(rows), entry.loadedAt());
        });
    version.incrementAndGet();
  }

  @Override
  public void mayHaveMissedChanges() {
    forget(key -> true);
  }

  /** Forgets every day of the location. */
  void changed(LocationCode location) {
    forget(key -> key.location().equals(location));
  }

  private void forget(java.util.function.Predicate<Key> which) {
    forgetting.incrementAndGet();
    entries.keySet().removeIf(which);
    version.incrementAndGet();
  }

  /** Tells the view of desk time this instance has just committed. */
  void changed(LocationCode location, LocalDateTime start) {
    changed(location, start.toLocalDate());
  }

  /**
   * Goes up with every change heard: what was computed from the view at one version holds until the
   * next.
   */
  long version() {
    return version.get();
  }

  /** How long a day is kept without news. */
  Duration maxAge() {
    return Duration.ofNanos(maxAgeNanos);
  }
}
