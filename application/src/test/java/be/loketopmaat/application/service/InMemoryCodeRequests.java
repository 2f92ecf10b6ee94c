package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.CodeRequestStore;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.document.CodeRequestState;
import be.loketopmaat.domain.location.LocationCode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Requests for new PIN/PUK codes in memory, one open request per citizen, for service tests. */
final class InMemoryCodeRequests implements CodeRequestStore {
  private final Map<UUID, CodeRequest> requests = new LinkedHashMap<>();

  @Override
  public synchronized boolean insertIfNoneOpen(CodeRequest request) {
    if (requests.containsKey(request.id()) || openFor(request.citizen().insz()).isPresent()) {
      return false;
    }
    requests.put(request.id(), request);
    return true;
  }

  @Override
  public synchronized Optional<CodeRequest> find(UUID id) {
    return Optional.ofNullable(requests.get(id));
  }

  @Override
  public synchronized Optional<CodeRequest> openFor(NationalNumber insz) {
    return requests.values().stream()
        .filter(r -> r.isOpen() && r.citizen().insz().equals(insz))
        .findFirst();
  }

  @Override
  public synchronized boolean update(CodeRequest request, CodeRequestState expected) {
    CodeRequest stored = requests.get(request.id());
    if (stored == null || stored.state() != expected) {
      return false;
    }
    requests.put(request.id(), request);
    return true;
  }

  @Override
  public synchronized List<CodeRequest> at(
      LocationCode location, CodeRequestState state, int limit) {
    return requests.values().stream()
        .filter(r -> r.pickupAt().equals(location) && r.state() == state)
        .sorted(Comparator.comparing(CodeRequest::arrivedAt))
        .limit(limit)
        .toList();
  }
}
