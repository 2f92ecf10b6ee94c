package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.AttestRequestStore;
import be.loketopmaat.domain.attest.AttestRequest;
import be.loketopmaat.domain.attest.AttestRequestState;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Attest requests and the post queue's PDFs in memory, for service tests. */
final class InMemoryAttestRequests implements AttestRequestStore {
  private final Map<UUID, AttestRequest> requests = new LinkedHashMap<>();
  private final Map<UUID, byte[]> pdfs = new HashMap<>();

  @Override
  public synchronized void insert(AttestRequest request) {
    if (requests.putIfAbsent(request.id(), request) != null) {
      throw new IllegalStateException("stored twice: " + request.id());
    }
  }

  @Override
  public synchronized Optional<AttestRequest> find(UUID id) {
    return Optional.ofNullable(requests.get(id));
  }

  @Override
  public synchronized boolean update(AttestRequest request, AttestRequestState expected) {
    AttestRequest stored = requests.get(request.id());
    if (stored == null || stored.state() != expected) {
      return false;
    }
    requests.put(request.id(), request);
    if (request.state() != AttestRequestState.POSTED) {
      pdfs.remove(request.id());
    }
    return true;
  }

  @Override
  public synchronized void keepForPrint(UUID id, byte[] pdf) {
    pdfs.put(id, pdf.clone());
  }

  @Override
  public synchronized Optional<byte[]> printable(UUID id) {
    return Optional.ofNullable(pdfs.get(id)).map(byte[]::clone);
  }

  @Override
  public synchronized List<AttestRequest> inState(AttestRequestState state, int limit) {
    return requests.values().stream()
        .filter(r -> r.state() == state)
        .sorted(Comparator.comparing(AttestRequest::changedAt))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized int forgetEndedBefore(LocalDateTime before) {
    List<UUID> ended =
        requests.values().stream()
            .filter(r -> r.state().isEnded() && r.changedAt().isBefore(before))
            .map(AttestRequest::id)
            .toList();
    ended.forEach(requests::remove);
    return ended.size();
  }

  synchronized int pdfsKept() {
    return pdfs.size();
  }
}
