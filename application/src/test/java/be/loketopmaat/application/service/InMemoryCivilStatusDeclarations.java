package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.CivilStatusDeclarationStore;
import be.loketopmaat.domain.civilstatus.Declaration;
import be.loketopmaat.domain.civilstatus.DeclarationState;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Civil-status declarations and the post queue's extracts in memory, for service tests. */
final class InMemoryCivilStatusDeclarations implements CivilStatusDeclarationStore {
  private final Map<UUID, Declaration> stored = new LinkedHashMap<>();
  private final Map<UUID, byte[]> extracts = new HashMap<>();

  @Override
  public synchronized void insert(Declaration declaration) {
    if (stored.putIfAbsent(declaration.id(), declaration) != null) {
      throw new IllegalStateException("stored twice: " + declaration.id());
    }
  }

  @Override
  public synchronized Optional<Declaration> find(UUID id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public synchronized boolean update(Declaration declaration, DeclarationState expected) {
    Declaration before = stored.get(declaration.id());
    if (before == null || before.state() != expected) {
      return false;
    }
    stored.put(declaration.id(), declaration);
    if (declaration.state() != DeclarationState.EXTRACT_POSTED) {
      extracts.remove(declaration.id());
    }
    return true;
  }

  @Override
  public synchronized void keepForPrint(UUID id, byte[] pdf) {
    extracts.put(id, pdf.clone());
  }

  @Override
  public synchronized Optional<byte[]> printable(UUID id) {
    return Optional.ofNullable(extracts.get(id)).map(byte[]::clone);
  }

  @Override
  public synchronized List<Declaration> inState(DeclarationState state, int limit) {
    return stored.values().stream()
        .filter(d -> d.state() == state)
        .sorted(Comparator.comparing(Declaration::changedAt))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized int forgetEndedBefore(LocalDateTime before) {
    List<UUID> ended =
        stored.values().stream()
            .filter(d -> d.state().isEnded() && d.changedAt().isBefore(before))
            .map(Declaration::id)
            .toList();
    ended.forEach(
        id -> {
          stored.remove(id);
          extracts.remove(id);
        });
    return ended.size();
  }

  synchronized int extractsKept() {
    return extracts.size();
  }
}
