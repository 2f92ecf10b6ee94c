package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.SummonsStore;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.renewal.Summons;
import be.loketopmaat.domain.renewal.SummonsOutcome;
import be.loketopmaat.domain.renewal.SummonsState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** eID renewal summonses in memory, keyed as the table's unique key keys them. */
final class InMemorySummons implements SummonsStore {
  final Map<UUID, Summons> byId = new LinkedHashMap<>();

  private static String key(Summons s) {
    return s.insz().digits()
        + "/"
        + s.cardValidUntil()
        + "/"
        + (s.outcome() == SummonsOutcome.SKIPPED ? s.runDate().toString() : "SUMMONED");
  }

  @Override
  public synchronized boolean insert(Summons summons) {
    String key = key(summons);
    if (byId.values().stream().anyMatch(s -> key(s).equals(key))) {
      return false;
    }
    byId.put(summons.id(), summons);
    return true;
  }

  @Override
  public synchronized boolean decided(
      NationalNumber insz, LocalDate cardValidUntil, LocalDate runDate) {
    return byId.values().stream()
        .filter(s -> s.insz().equals(insz) && s.cardValidUntil().equals(cardValidUntil))
        .anyMatch(s -> s.outcome() != SummonsOutcome.SKIPPED || s.runDate().equals(runDate));
  }

  @Override
  public synchronized int keptOn(LocationCode location, LocalDate day, LocalDateTime now) {
    return (int)
        byId.values().stream()
            .filter(s -> s.state() == SummonsState.KEPT && s.keptUntil().isAfter(now))
            .filter(s -> s.slot().location().equals(location))
            .filter(s -> s.slot().start().toLocalDate().equals(day))
            .count();
  }

  @Override
  public synchronized Optional<Summons> findByTokenForUpdate(String tokenHash) {
    return byId.values().stream().filter(s -> tokenHash.equals(s.tokenHash())).findFirst();
  }

  @Override
  public synchronized Optional<Summons> findForUpdate(UUID id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized void update(Summons summons) {
    Objects.requireNonNull(byId.replace(summons.id(), summons), "no such summons");
  }

  @Override
  public synchronized List<Summons> lapsed(LocalDateTime now, int limit) {
    return byId.values().stream()
        .filter(s -> s.lapsedAt(now))
        .sorted(Comparator.comparing(Summons::keptUntil))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<Summons> decisions(
      LocalDate runDate, SummonsOutcome outcome, int limit) {
    return byId.values().stream()
        .filter(s -> s.runDate().equals(runDate))
        .filter(s -> outcome == null || s.outcome() == outcome)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized int deleteCardsEndedBefore(LocalDate day) {
    List<UUID> gone = new ArrayList<>();
    byId.values().stream()
        .filter(s -> s.cardValidUntil().isBefore(day))
        .forEach(s -> gone.add(s.id()));
    gone.forEach(byId::remove);
    return gone.size();
  }
}
