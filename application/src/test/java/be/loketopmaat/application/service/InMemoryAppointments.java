package be.loketopmaat.application.service;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.port.out.AppointmentRepository;
import be.loketopmaat.application.port.out.IdempotencyStore;
import be.loketopmaat.application.port.out.Notifier;
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
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.notification.Message;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Appointments, holds, tickets, idempotency keys and the outbox in memory, for the services' tests. It
 * takes no locks: the database's guarantees are specified by the persistence contract tests, the
 * services' logic here.
 */
final class InMemoryAppointments implements AppointmentRepository, Transactions {
  final Map<UUID, Appointment> appointments = new LinkedHashMap<>();
  final Map<UUID, Hold> holds = new LinkedHashMap<>();
  final Map<UUID, DeskBlock> blocks = new LinkedHashMap<>();
  final List<String> locks = new ArrayList<>();
  final List<Object[]> releases = new ArrayList<>();
  final Idempotency idempotency = new Idempotency();
  final Outbox outbox = new Outbox();
  final Tickets tickets = new Tickets();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Map<UUID, Appointment> before = new LinkedHashMap<>(appointments);
    Map<UUID, Hold> holdsBefore = new LinkedHashMap<>(holds);
    int outboxBefore = outbox.messages.size();
    try {
      return work.get();
    } catch (RuntimeException e) {
      appointments.clear();
      appointments.putAll(before);
      holds.clear();
      holds.putAll(holdsBefore);
      while (outbox.messages.size() > outboxBefore) {
        outbox.keys.remove(outbox.keys.size() - 1);
        outbox.messages.remove(outbox.messages.size() - 1);
      }
      throw e;
    }
  }

  @Override
  public List<DeskTime> takenTime(Collection<LocationCode> locations, LocalDateTime from, LocalDateTime to,
      LocalDateTime now) {
    List<DeskTime> taken = new ArrayList<>();
    appointments.values().stream().filter(a -> a.status().open())
        .forEach(a -> taken.add(new DeskTime(a.id(), a.location(), a.desk(), a.start(), a.end())));
    holds.values().stream().filter(h -> !h.expiredAt(now))
        .forEach(h -> taken.add(new DeskTime(h.id(), h.location(), h.desk(), h.start(), h.end())));
    blocks.values().forEach(b -> taken.add(new DeskTime(b.id(), b.location(), b.desk(), b.start(), b.end())));
    return taken.stream().filter(t -> locations.contains(t.location()) && t.overlaps(from, to)).toList();
  }

  @Override
  public void lockDeskDay(LocationCode location, String desk, LocalDate day) {
    locks.add("desk:" + location + "/" + desk + "/" + day);
  }

  @Override
  public void releaseExpiredHolds(LocationCode location, String desk, LocalDateTime now) {
    holds.values().removeIf(h -> h.location().equals(location) && h.desk().equals(desk) && h.expiredAt(now));
  }

  @Override
  public void lockCitizen(NationalNumber insz) {
    locks.add("citizen:" + insz.digits());
  }

  @Override
  public void insertHold(Hold hold, String client) {
    holds.put(hold.id(), hold);
  }

  @Override
  public Optional<Hold> findHold(UUID id) {
    return Optional.ofNullable(holds.get(id));
  }

  @Override
  public boolean deleteHold(UUID id) {
    return holds.remove(id) != null;
  }

  @Override
  public void insert(Appointment appointment) {
    if (findByReference(appointment.reference()).isPresent()) {
      throw new AlreadyExistsException("appointment", appointment.reference().value());
    }
    appointments.put(appointment.id(), appointment);
  }

  @Override
  public void update(Appointment appointment) {
    appointments.put(appointment.id(), appointment);
  }

  @Override
  public Optional<Appointment> findByReference(AppointmentReference reference) {
    return appointments.values().stream().filter(a -> a.reference().equals(reference)).findFirst();
  }

  @Override
  public Optional<Appointment> findByReferenceForUpdate(AppointmentReference reference) {
    locks.add("appointment:" + reference);
    return findByReference(reference);
  }

  @Override
  public List<Appointment> findOpenByCitizen(NationalNumber insz) {
    return appointments.values().stream().filter(a -> a.status().open() && a.citizen().insz().equals(insz)).toList();
  }

  @Override
  public List<Appointment> findByLocationAndDay(LocationCode location, LocalDate day) {
    return appointments.values().stream()
        .filter(a -> a.location().equals(location) && a.start().toLocalDate().equals(day))
        .sorted(Comparator.comparing(Appointment::start)).toList();
  }

  @Override
  public List<Appointment> findBookedOn(LocalDate day) {
    return appointments.values().stream()
        .filter(a -> a.status() == AppointmentStatus.BOOKED && a.start().toLocalDate().equals(day)).toList();
  }

  @Override
  public void insertBlock(DeskBlock block) {
    blocks.put(block.id(), block);
  }

  @Override
  public boolean deleteBlock(LocationCode location, UUID id) {
    return blocks.remove(id) != null;
  }

  @Override
  public void recordRelease(NationalNumber insz, Slot slot, LocalDateTime at) {
    releases.add(new Object[] {insz, slot.location(), slot.start(), at});
  }

  @Override
  public boolean releasedSince(NationalNumber insz, Slot slot, LocalDateTime since) {
    return releases.stream().anyMatch(r -> r[0].equals(insz) && r[1].equals(slot.location())
        && r[2].equals(slot.start()) && !((LocalDateTime) r[3]).isBefore(since));
  }

  static final class Idempotency implements IdempotencyStore {
    final Map<String, Stored> stored = new HashMap<>();
    final Map<String, LocalDateTime> claimedAt = new HashMap<>();

    @Override
    public Optional<Stored> find(String client, String key) {
      return Optional.ofNullable(stored.get(client + "/" + key));
    }

    @Override
    public void claim(String client, String key, String fingerprint, LocalDateTime at) {
      if (stored.putIfAbsent(client + "/" + key, new Stored(fingerprint, null, null)) != null) {
        throw new AlreadyExistsException("idempotency key", key);
      }
      claimedAt.put(client + "/" + key, at);
    }

    @Override
    public void complete(String client, String key, AppointmentReference reference, String managementCode) {
      stored.computeIfPresent(client + "/" + key, (k, s) -> new Stored(s.fingerprint(), reference, managementCode));
    }

    @Override
    public int forgetBefore(LocalDateTime cutoff) {
      List<String> old = claimedAt.entrySet().stream().filter(e -> e.getValue().isBefore(cutoff))
          .map(Map.Entry::getKey).toList();
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

  static final class Tickets implements TicketRepository {
    final Map<UUID, Ticket> byId = new LinkedHashMap<>();
    final Map<String, Integer> counters = new HashMap<>();

    @Override
    public int nextNumber(LocationCode location, LocalDate day) {
      return counters.merge(location + "/" + day, 1, Integer::sum);
    }

    @Override
    public void lockQueue(LocationCode location, LocalDate day) {}

    @Override
    public void insert(Ticket ticket) {
      byId.put(ticket.id(), ticket);
    }

    @Override
    public void update(Ticket ticket) {
      byId.put(ticket.id(), ticket);
    }

    @Override
    public Optional<Ticket> findById(UUID id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Ticket> findByLocationAndDay(LocationCode location, LocalDate day) {
      return byId.values().stream().filter(t -> t.location().equals(location) && t.day().equals(day))
          .sorted(Comparator.comparingInt(Ticket::number)).toList();
    }
  }
}
