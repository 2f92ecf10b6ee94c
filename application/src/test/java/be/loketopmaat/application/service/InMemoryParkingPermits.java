package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.ParkingPermitStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.parking.ParkingPermit;
import be.loketopmaat.domain.parking.PermitState;
import be.loketopmaat.domain.parking.RenewalDecision;
import be.loketopmaat.domain.parking.RenewalOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/** Permits and decisions in memory, with transactions that roll both back. */
final class InMemoryParkingPermits implements ParkingPermitStore, Transactions {
  private TreeMap<UUID, ParkingPermit> permits = new TreeMap<>();
  private LinkedHashMap<String, RenewalDecision> decisions = new LinkedHashMap<>();
  private int depth;

  @Override
  public synchronized void insert(List<ParkingPermit> added) {
    for (ParkingPermit permit : added) {
      if (permits.putIfAbsent(permit.id(), permit) != null) {
        throw new IllegalStateException("a permit with this id exists");
      }
    }
  }

  @Override
  public synchronized Optional<ParkingPermit> find(UUID id) {
    return Optional.ofNullable(permits.get(id));
  }

  @Override
  public synchronized List<ParkingPermit> due(LocalDate horizonEnd, UUID after, int limit) {
    Map<UUID, ParkingPermit> from = after == null ? permits : permits.tailMap(after, false);
    return from.values().stream().filter(p -> p.isDueBy(horizonEnd)).limit(limit).toList();
  }

  @Override
  public synchronized boolean recordDecision(RenewalDecision decision) {
    return decisions.putIfAbsent(decision.permit() + "/" + decision.periodEnd(), decision) == null;
  }

  @Override
  public synchronized boolean update(ParkingPermit permit, LocalDate expectedUntil) {
    ParkingPermit current = permits.get(permit.id());
    if (current == null
        || current.state() != PermitState.ACTIVE
        || !current.validUntil().equals(expectedUntil)) {
      return false;
    }
    permits.put(permit.id(), permit);
    return true;
  }

  @Override
  public synchronized List<RenewalDecision> decisions(
      LocalDate runDate, RenewalOutcome outcome, int limit) {
    return decisions.values().stream()
        .filter(d -> d.runDate().equals(runDate) && (outcome == null || d.outcome() == outcome))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized int deleteEndedBefore(LocalDate day) {
    List<UUID> ended =
        permits.values().stream()
            .filter(p -> p.validUntil().isBefore(day))
            .map(ParkingPermit::id)
            .toList();
    ended.forEach(permits::remove);
    decisions.values().removeIf(d -> ended.contains(d.permit()));
    return ended.size();
  }

  synchronized List<RenewalDecision> allDecisions() {
    return new ArrayList<>(decisions.values());
  }

  @Override
  public synchronized <T> T inTransaction(Supplier<T> work) {
    if (depth > 0) {
      return work.get();
    }
    TreeMap<UUID, ParkingPermit> permitsBefore = new TreeMap<>(permits);
    LinkedHashMap<String, RenewalDecision> decisionsBefore = new LinkedHashMap<>(decisions);
    depth++;
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      permits = permitsBefore;
      decisions = decisionsBefore;
      throw e;
    } finally {
      depth--;
    }
  }
}
