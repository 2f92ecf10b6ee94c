package be.loketopmaat.application.service;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.out.AgendaQueries;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.FairUseRecords;
import be.loketopmaat.application.port.out.IdempotencyStore;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.StaffActionLog;
import be.loketopmaat.application.port.out.TicketRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.Formats;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.staff.StaffAction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Appointments, holds, blocks, fair-use records, tickets, idempotency keys and the outbox in
 * memory, for the services' tests, keeping the promises of the out-ports as the shared contracts
 * state them (the contract tests run against this class too). Its transaction rolls back everything
 * it holds. It is for one thread: its locks are only recorded (in {@link #locks}) so that a test
 * can see which were taken; that they make others wait is the database adapters' promise, tested
 * there.
 */
class InMemoryAppointments
    implements AppointmentStore, DeskTimeLedger, FairUseRecords, AgendaQueries, Transactions {
  /**
   * As the JDBC adapter: an expired hold is kept this long, inactive, for a late confirmation to
   * hear it.
   */
  final Map<UUID, Appointment> appointments = new LinkedHashMap<>();

  final Map<UUID, Hold> holds = new LinkedHashMap<>();
  final Set<UUID> releasedHolds = new LinkedHashSet<>();
  final Map<UUID, DeskBlock> blocks = new LinkedHashMap<>();
  final List<String> locks = new ArrayList<>();
  final List<Release> releases = new ArrayList<>();
  final Idempotency idempotency = new Idempotency();
  final Outbox outbox = new Outbox();
  final Tickets tickets = new Tickets();
  private int depth;

  record Release(
      NationalNumber insz, LocationCode location, LocalDateTime start, LocalDateTime at) {}

  /** Everything this fake holds, copied, to be put back when a transaction fails. */
  private record State(
      Map<UUID, Appointment> appointments,
      Map<UUID, Hold> holds,
      Set<UUID> releasedHolds,
      Map<UUID, DeskBlock> blocks,
      List<Release> releases,
      Map<String, IdempotencyStore.Stored> keys,
      Map<String, LocalDateTime> claimedAt,
      List<String> outboxKeys,
      List<Message> messages,
      Map<UUID, Ticket> tickets,
      Map<String, Integer> counters,
      List<StaffAction> staffActions) {}

  private State save() {
    return new State(
        new LinkedHashMap<>(appointments),
        new LinkedHashMap<>(holds),
        new LinkedHashSet<>(releasedHolds),
        new LinkedHashMap<>(blocks),
        new ArrayList<>(releases),
        new HashMap<>(idempotency.stored),
        new HashMap<>(idempotency.claimedAt),
        new ArrayList<>(outbox.keys),
        new ArrayList<>(outbox.messages),
        new LinkedHashMap<>(tickets.byId),
        new HashMap<>(tickets.counters),
        new ArrayList<>(staffLog.actions));
  }

  private void restore(State s) {
    putBack(appointments, s.appointments());
    putBack(holds, s.holds());
    releasedHolds.clear();
    releasedHolds.addAll(s.releasedHolds());
    putBack(blocks, s.blocks());
    releases.clear();
    releases.addAll(s.releases());
    putBack(idempotency.stored, s.keys());
    putBack(idempotency.claimedAt, s.claimedAt());
    outbox.keys.clear();
    outbox.keys.addAll(s.outboxKeys());
    outbox.messages.clear();
    outbox.messages.addAll(s.messages());
    putBack(tickets.byId, s.tickets());
    staffLog.actions.clear();
    staffLog.actions.addAll(s.staffActions());
    putBack(tickets.counters, s.counters());
  }

  private static <K, V> void putBack(Map<K, V> map, Map<K, V> saved) {
    map.clear();
    map.putAll(saved);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (depth > 0) {
      return work.get(); // joins the transaction already running, as the JDBC adapter does
    }
    State before = save();
    depth++;
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      restore(before);
      throw e;
    } finally {
      depth--;
    }
  }

  private void requireTransaction(String lock) {
    if (depth == 0) {
      throw new IllegalStateException("a lock outside a transaction would hold nothing: " + lock);
    }
    locks.add(lock);
  }

  // The ledger

  @Override
  public List<DeskTime> takenTime(
      Collection<LocationCode> locations, LocalDateTime from, LocalDateTime to, LocalDateTime now) {
    List<DeskTime> taken = new ArrayList<>();
    appointments.values().stream()
        .filter(a -> a.status().open())
        .forEach(a -> taken.add(new DeskTime(a.id(), a.location(), a.desk(), a.start(), a.end())));
    holds.values().stream()
        .filter(h -> !releasedHolds.contains(h.id()) && !h.expiredAt(now))
        .forEach(
            h ->
                taken.add(
                    new DeskTime(
                        h.id(), h.location(), h.desk(), h.start(), h.end(), h.expiresAt())));
    blocks
        .values()
        .forEach(b -> taken.add(new DeskTime(b.id(), b.location(), b.desk(), b.start(), b.end())));
    return taken.stream()
        .filter(t -> locations.contains(t.location()) && t.overlaps(from, to))
        .toList();
  }

  @Override
  public List<DeskTime> takenTimeStarting(
      Collection<LocationCode> locations, LocalDateTime from, LocalDateTime to, LocalDateTime now) {
    return takenTime(locations, from, to, now).stream()
        .filter(t -> !t.start().isBefore(from))
        .toList();
  }

  @Override
  public void lockDeskDay(LocationCode location, String desk, LocalDate day) {
    requireTransaction("desk:" + location + "/" + desk + "/" + day);
  }

  @Override
  public void releaseExpiredHolds(LocationCode location, String desk, LocalDateTime now) {
    for (Hold hold : holds.values()) {
      if (hold.location().equals(location) && hold.desk().equals(desk) && hold.expiredAt(now)) {
        releasedHolds.add(hold.id());
      }
    }
  }

  @Override
  public int forgetHoldsEndedBefore(LocalDateTime before) {
    int had = holds.size();
    holds.values().removeIf(h -> h.expiresAt().isBefore(before));
    releasedHolds.retainAll(holds.keySet());
    return had - holds.size();
  }

  @Override
  public void insertHold(Hold hold) {
    holds.put(hold.id(), hold);
  }

  @Override
  public boolean pickupTaken(UUID documentOrder, LocalDateTime now) {
    return appointments.values().stream()
            .anyMatch(a -> documentOrder.equals(a.pickupOf()) && a.status().open())
        || holds.values().stream()
            .anyMatch(
                h ->
                    documentOrder.equals(h.pickupOf())
                        && !releasedHolds.contains(h.id())
                        && !h.expiredAt(now));
  }

  @Override
  public Optional<Hold> findHold(UUID id) {
    return Optional.ofNullable(holds.get(id));
  }

  @Override
  public boolean releaseHold(UUID id, LocalDateTime now) {
    Hold hold = holds.get(id);
    if (hold == null || releasedHolds.contains(id) || hold.expiredAt(now)) {
      return false;
    }
    holds.put(
        id,
        new Hold(
            hold.id(),
            hold.location(),
            hold.desk(),
            hold.start(),
            hold.end(),
            hold.products(),
            hold.persons(),
            now,
            hold.holder(),
            hold.pickupOf()));
    releasedHolds.add(id);
    return true;
  }

  @Override
  public boolean deleteHold(UUID id) {
    releasedHolds.remove(id);
    return holds.remove(id) != null;
  }

  @Override
  public void insertBlock(DeskBlock block) {
    blocks.put(block.id(), block);
  }

  @Override
  public boolean deleteBlock(LocationCode location, UUID id) {
    DeskBlock block = blocks.get(id);
    if (block == null || !block.location().equals(location)) {
      return false;
    }
    blocks.remove(id);
    return true;
  }

  // The store

  @Override
  public void insert(Appointment appointment) {
    if (findByReference(appointment.reference()).isPresent()) {
      throw new ReferenceTakenException(appointment.reference());
    }
    appointments.put(appointment.id(), appointment);
  }

  @Override
  public void update(Appointment appointment) {
    if (!appointments.containsKey(appointment.id())) {
      throw new NotFoundException("appointment", appointment.reference().value());
    }
    appointments.put(appointment.id(), appointment);
  }

  @Override
  public Optional<Appointment> findByReference(AppointmentReference reference) {
    return appointments.values().stream().filter(a -> a.reference().equals(reference)).findFirst();
  }

  @Override
  public Optional<Appointment> findByReferenceForUpdate(AppointmentReference reference) {
    requireTransaction("appointment:" + reference);
    return findByReference(reference);
  }

  // Fair use

  @Override
  public void lockCitizen(NationalNumber insz) {
    requireTransaction("citizen:" + insz.digits());
  }

  @Override
  public List<Appointment> findOpenByCitizen(NationalNumber insz) {
    return appointments.values().stream()
        .filter(a -> a.status().open() && a.citizen().insz().equals(insz))
        .sorted(Comparator.comparing(Appointment::start))
        .toList();
  }

  @Override
  public void recordRelease(NationalNumber insz, Slot slot, LocalDateTime at) {
    releases.add(new Release(insz, slot.location(), slot.start(), at));
  }

  @Override
  public boolean releasedSince(NationalNumber insz, Slot slot, LocalDateTime since) {
    return releases.stream()
        .anyMatch(
            r ->
                r.insz().equals(insz)
                    && r.location().equals(slot.location())
                    && r.start().equals(slot.start())
                    && !r.at().isBefore(since));
  }

  @Override
  public void lockClient(ClientId client) {
    requireTransaction("client:" + client.digest());
  }

  @Override
  public int liveHolds(ClientId client, LocalDateTime now) {
    return (int)
        holds.values().stream()
            .filter(
                h ->
                    h.holder().equals(client)
                        && !releasedHolds.contains(h.id())
                        && !h.expiredAt(now))
            .count();
  }

  @Override
  public boolean heldUntilRecently(
      ClientId client, Slot slot, LocalDateTime since, LocalDateTime now) {
    return holds.values().stream()
        .anyMatch(
            h ->
                h.holder().equals(client)
                    && h.location().equals(slot.location())
                    && h.start().equals(slot.start())
                    && !h.expiresAt().isBefore(since)
                    && !h.expiresAt().isAfter(now));
  }

  // The agenda

  @Override
  public List<Appointment> findByLocationAndDay(LocationCode location, LocalDate day) {
    return appointments.values().stream()
        .filter(a -> a.location().equals(location) && a.start().toLocalDate().equals(day))
        .sorted(Comparator.comparing(Appointment::start))
        .toList();
  }

  @Override
  public List<DeskBlock> findBlocks(LocationCode location, LocalDate day) {
    return blocks.values().stream()
        .filter(b -> b.location().equals(location) && b.start().toLocalDate().equals(day))
        .sorted(Comparator.comparing(DeskBlock::start).thenComparing(DeskBlock::desk))
        .toList();
  }

  @Override
  public List<Appointment> findBookedOn(LocalDate day) {
    return appointments.values().stream()
        .filter(a -> a.status() == AppointmentStatus.BOOKED && a.start().toLocalDate().equals(day))
        .sorted(Comparator.comparing(Appointment::start))
        .toList();
  }

  @Override
  public List<Appointment> search(Criteria c) {
    return appointments.values().stream()
        .filter(a -> c.reference() == null || a.reference().equals(c.reference()))
        .filter(a -> c.insz() == null || a.citizen().insz().equals(c.insz()))
        .filter(
            a ->
                c.name() == null
                    || a.citizen()
                        .name()
                        .toLowerCase(Locale.ROOT)
                        .contains(c.name().toLowerCase(Locale.ROOT)))
        .filter(a -> c.email() == null || c.email().equalsIgnoreCase(a.citizen().email()))
        .filter(a -> c.phone() == null || Formats.samePhone(c.phone(), a.citizen().phone()))
        .filter(a -> c.day() == null || a.start().toLocalDate().equals(c.day()))
        .filter(a -> c.location() == null || a.location().equals(c.location()))
        .filter(a -> c.startsFrom() == null || !a.start().isBefore(c.startsFrom()))
        .filter(a -> !c.bookedOnly() || a.status() == AppointmentStatus.BOOKED)
        .sorted(Comparator.comparing(Appointment::start).thenComparing(a -> a.reference().value()))
        .limit(c.limit())
        .toList();
  }

  final StaffLog staffLog = new StaffLog();

  /** The record of staff actions; rolled back with the rest. */
  static final class StaffLog implements StaffActionLog {
    final List<StaffAction> actions = new ArrayList<>();

    @Override
    public void record(StaffAction action) {
      actions.add(action);
    }

    @Override
    public List<StaffAction> forAppointment(AppointmentReference reference) {
      return actions.stream()
          .filter(a -> a.appointment().equals(reference))
          .sorted(Comparator.comparing(StaffAction::at))
          .toList();
    }
  }

  static final class Idempotency implements IdempotencyStore {
    final Map<String, Stored> stored = new HashMap<>();
    final Map<String, LocalDateTime> claimedAt = new HashMap<>();

    /** As the JDBC adapter: a request without a client shares the empty client's scope. */
    private static String id(String client, String key) {
      return (client == null ? "" : client) + "\n" + key;
    }

    @Override
    public Optional<Stored> find(String client, String key) {
      return Optional.ofNullable(stored.get(id(client, key)));
    }

    @Override
    public void claim(String client, String key, String fingerprint, LocalDateTime at) {
      if (stored.putIfAbsent(id(client, key), new Stored(fingerprint, null, null)) != null) {
        throw new KeyClaimedException(client, key);
      }
      claimedAt.put(id(client, key), at);
    }

    @Override
    public void complete(
        String client, String key, AppointmentReference reference, String managementCode) {
      if (stored.computeIfPresent(
              id(client, key), (k, s) -> new Stored(s.fingerprint(), reference, managementCode))
          == null) {
        throw new IllegalStateException(
            "completing idempotency key '" + key + "' that was never claimed");
      }
    }

    @Override
    public int forgetBefore(LocalDateTime cutoff) {
      List<String> old =
          claimedAt.entrySet().stream()
              .filter(e -> e.getValue().isBefore(cutoff))
              .map(Map.Entry::getKey)
              .toList();
      old.forEach(stored::remove);
      old.forEach(claimedAt::remove);
      return old.size();
    }
  }

  static final class Outbox implements Notifier {
    final List<String> keys = new ArrayList<>();
    final List<Message> messages = new ArrayList<>();

    @Override
    public boolean enqueue(Message message, String dedupeKey, LocalDateTime at) {
      if (keys.contains(dedupeKey)) {
        return false;
      }
      keys.add(dedupeKey);
      messages.add(message);
      return true;
    }
  }

  final class Tickets implements TicketRepository {
    final Map<UUID, Ticket> byId = new LinkedHashMap<>();
    final Map<String, Integer> counters = new HashMap<>();

    @Override
    public int nextNumber(LocationCode location, LocalDate day) {
      return counters.merge(location + "/" + day, 1, Integer::sum);
    }

    @Override
    public void lockQueue(LocationCode location, LocalDate day) {
      requireTransaction("queue:" + location + "/" + day);
    }

    @Override
    public void insert(Ticket ticket) {
      boolean numberTaken =
          byId.values().stream()
              .anyMatch(
                  t ->
                      t.location().equals(ticket.location())
                          && t.day().equals(ticket.day())
                          && t.number() == ticket.number());
      if (numberTaken) {
        throw new AlreadyExistsException(
            "ticket", ticket.location() + "/" + ticket.day() + "/" + ticket.number());
      }
      byId.put(ticket.id(), ticket);
    }

    @Override
    public void update(Ticket ticket) {
      if (!byId.containsKey(ticket.id())) {
        throw new NotFoundException("ticket", ticket.id().toString());
      }
      byId.put(ticket.id(), ticket);
    }

    @Override
    public Optional<Ticket> findById(UUID id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Ticket> findByLocationAndDay(LocationCode location, LocalDate day) {
      return byId.values().stream()
          .filter(t -> t.location().equals(location) && t.day().equals(day))
          .sorted(Comparator.comparingInt(Ticket::number))
          .toList();
    }
  }
}
