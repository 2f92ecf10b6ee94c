package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.KioskStore;
import be.loketopmaat.application.port.out.KioskUsageLog;
import be.loketopmaat.domain.kiosk.AttestVerification;
import be.loketopmaat.domain.kiosk.Kiosk;
import be.loketopmaat.domain.kiosk.KioskChallenge;
import be.loketopmaat.domain.kiosk.KioskEvent;
import be.loketopmaat.domain.kiosk.KioskLogin;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The kiosks' store and usage log, in memory, for the services' tests. */
final class InMemoryKiosks implements KioskStore, KioskUsageLog {
  private final Map<UUID, Kiosk> kiosks = new LinkedHashMap<>();
  private final Map<UUID, KioskChallenge> challenges = new LinkedHashMap<>();
  private final Map<String, KioskLogin> logins = new LinkedHashMap<>();
  private final Map<String, AttestVerification> attests = new LinkedHashMap<>();
  private final List<KioskEvent> events = new ArrayList<>();

  /** A kiosk's ticket: which kiosk drew it, and its slip (null until reported). */
  private record DrawnTicket(UUID kiosk, Boolean printed) {}

  private final Map<UUID, DrawnTicket> tickets = new LinkedHashMap<>();

  @Override
  public synchronized void insert(Kiosk kiosk) {
    kiosks.put(kiosk.id(), kiosk);
  }

  @Override
  public synchronized Optional<Kiosk> find(UUID id) {
    return Optional.ofNullable(kiosks.get(id));
  }

  @Override
  public synchronized List<Kiosk> all() {
    return List.copyOf(kiosks.values());
  }

  @Override
  public synchronized boolean update(Kiosk kiosk) {
    return kiosks.replace(kiosk.id(), kiosk) != null;
  }

  @Override
  public synchronized void insertChallenge(KioskChallenge challenge) {
    challenges.put(challenge.id(), challenge);
  }

  @Override
  public synchronized Optional<KioskChallenge> takeChallenge(UUID id, UUID kiosk) {
    KioskChallenge challenge = challenges.get(id);
    if (challenge == null || !challenge.kiosk().equals(kiosk)) {
      return Optional.empty();
    }
    return Optional.of(challenges.remove(id));
  }

  @Override
  public synchronized void insertLogin(KioskLogin login) {
    logins.put(login.tokenHash(), login);
  }

  @Override
  public synchronized Optional<KioskLogin> findLogin(String tokenHash) {
    return Optional.ofNullable(logins.get(tokenHash));
  }

  @Override
  public synchronized boolean endLogin(String tokenHash) {
    KioskLogin login = logins.get(tokenHash);
    if (login == null || login.ended()) {
      return false;
    }
    logins.put(
        tokenHash,
        new KioskLogin(
            login.tokenHash(),
            login.kiosk(),
            login.citizen(),
            login.citizenName(),
            login.language(),
            login.opened(),
            login.expires(),
            true));
    return true;
  }

  @Override
  public synchronized void insertAttest(AttestVerification attest) {
    attests.put(attest.code(), attest);
  }

  @Override
  public synchronized Optional<AttestVerification> findAttest(String code) {
    return Optional.ofNullable(attests.get(code));
  }

  @Override
  public synchronized boolean markPrinted(String code, UUID kiosk) {
    AttestVerification a = attests.get(code);
    if (a == null || a.printed() || !a.kiosk().equals(kiosk)) {
      return false;
    }
    attests.put(
        code,
        new AttestVerification(
            a.code(), a.model(), a.issuedBy(), a.issuedAt(), a.kiosk(), a.location(), true));
    return true;
  }

  @Override
  public synchronized boolean removePending(String code, UUID kiosk) {
    AttestVerification a = attests.get(code);
    if (a == null || a.printed() || !a.kiosk().equals(kiosk)) {
      return false;
    }
    attests.remove(code);
    return true;
  }

  @Override
  public synchronized void insertTicket(UUID ticket, UUID kiosk, LocalDateTime issuedAt) {
    tickets.put(ticket, new DrawnTicket(kiosk, null));
  }

  @Override
  public synchronized boolean reportSlip(
      UUID ticket, UUID kiosk, boolean printed, LocalDateTime at) {
    DrawnTicket drawn = tickets.get(ticket);
    if (drawn == null
        || !drawn.kiosk().equals(kiosk)
        || Boolean.TRUE.equals(drawn.printed())
        || !printed && drawn.printed() != null) {
      return false;
    }
    tickets.put(ticket, new DrawnTicket(kiosk, printed));
    return true;
  }

  @Override
  public synchronized void append(KioskEvent event) {
    events.add(event);
  }

  @Override
  public synchronized List<KioskEvent> of(UUID kiosk, int limit) {
    List<KioskEvent> newestFirst = new ArrayList<>(events);
    Collections.reverse(newestFirst);
    return newestFirst.stream()
        .filter(e -> e.kiosk().equals(kiosk))
        .sorted(Comparator.comparing(KioskEvent::at).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<KioskEvent> between(LocalDateTime from, LocalDateTime until) {
    return events.stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(until)).toList();
  }

  synchronized List<KioskEvent> events() {
    return List.copyOf(events);
  }
}
