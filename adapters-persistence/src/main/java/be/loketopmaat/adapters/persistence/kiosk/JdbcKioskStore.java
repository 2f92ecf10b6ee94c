package be.loketopmaat.adapters.persistence.kiosk;

import be.loketopmaat.application.port.out.KioskStore;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.kiosk.AttestVerification;
import be.loketopmaat.domain.kiosk.Kiosk;
import be.loketopmaat.domain.kiosk.KioskChallenge;
import be.loketopmaat.domain.kiosk.KioskDocument;
import be.loketopmaat.domain.kiosk.KioskLogin;
import be.loketopmaat.domain.kiosk.KioskStatus;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.NisCode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The kiosks in {@code kiosk}, their challenges, sessions, printed attests and tickets. A challenge
 * is taken by deleting it: of two concurrent takes, the database lets one delete the line.
 */
@Singleton
public class JdbcKioskStore implements KioskStore {
  private final KioskRows kiosks;
  private final KioskChallengeRows challenges;
  private final KioskLoginRows logins;
  private final KioskAttestRows attests;
  private final KioskTicketRows tickets;

  JdbcKioskStore(
      KioskRows kiosks,
      KioskChallengeRows challenges,
      KioskLoginRows logins,
      KioskAttestRows attests,
      KioskTicketRows tickets) {
    this.kiosks = kiosks;
    this.challenges = challenges;
    this.logins = logins;
    this.attests = attests;
    this.tickets = tickets;
  }

  @Override
  @Transactional
  public void insert(Kiosk kiosk) {
    kiosks.save(
        new KioskRow(
            kiosk.id(),
            kiosk.location().value(),
            kiosk.name(),
            kiosk.secretHash(),
            kiosk.enabled(),
            kiosk.registeredAt(),
            kiosk.status().name(),
            kiosk.lastSeen()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Kiosk> find(UUID id) {
    return kiosks.findById(id).map(JdbcKioskStore::kiosk);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Kiosk> all() {
    return kiosks.all().stream().map(JdbcKioskStore::kiosk).toList();
  }

  @Override
  @Transactional
  public boolean update(Kiosk kiosk) {
    return kiosks.updateState(kiosk.id(), kiosk.enabled(), kiosk.status().name(), kiosk.lastSeen())
        == 1;
  }

  @Override
  @Transactional
  public void insertChallenge(KioskChallenge challenge) {
    challenges.sweep(challenge.expires().minusDays(1));
    challenges.save(
        new KioskChallengeRow(
            challenge.id(),
            challenge.kiosk(),
            HexFormat.of().formatHex(challenge.value()),
            challenge.expires()));
  }

  @Override
  @Transactional
  public Optional<KioskChallenge> takeChallenge(UUID id, UUID kiosk) {
    Optional<KioskChallengeRow> row = challenges.find(id, kiosk);
    if (row.isEmpty() || challenges.take(id, kiosk) != 1) {
      return Optional.empty();
    }
    KioskChallengeRow taken = row.get();
    return Optional.of(
        new KioskChallenge(
            taken.id(),
            taken.kiosk(),
            HexFormat.of().parseHex(taken.challenge()),
            taken.expires()));
  }

  @Override
  @Transactional
  public void insertLogin(KioskLogin login) {
    logins.save(
        new KioskLoginRow(
            login.tokenHash(),
            login.kiosk(),
            login.citizen().digits(),
            login.citizenName(),
            login.language().name(),
            login.opened(),
            login.expires(),
            login.ended()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<KioskLogin> findLogin(String tokenHash) {
    return logins
        .findById(tokenHash)
        .map(
            row ->
                new KioskLogin(
                    row.tokenHash(),
                    row.kiosk(),
                    new NationalNumber(row.insz()),
                    row.citizenName(),
                    Language.valueOf(row.language()),
                    row.opened(),
                    row.expires(),
                    row.ended()));
  }

  @Override
  @Transactional
  public boolean endLogin(String tokenHash) {
    return logins.end(tokenHash) == 1;
  }

  @Override
  @Transactional
  public void insertAttest(AttestVerification attest) {
    attests.save(
        new KioskAttestRow(
            attest.code(),
            attest.model().name(),
            attest.issuedBy().value(),
            attest.issuedAt(),
            attest.kiosk(),
            attest.location().value(),
            attest.printed()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AttestVerification> findAttest(String code) {
    return attests
        .findById(code)
        .map(
            row ->
                new AttestVerification(
                    row.code(),
                    KioskDocument.of(row.model()),
                    NisCode.of(row.issuedBy()),
                    row.issuedAt(),
                    row.kiosk(),
                    new LocationCode(row.location()),
                    row.printed()));
  }

  @Override
  @Transactional
  public boolean markPrinted(String code, UUID kiosk) {
    return attests.markPrinted(code, kiosk) == 1;
  }

  @Override
  @Transactional
  public boolean removePending(String code, UUID kiosk) {
    return attests.removePending(code, kiosk) == 1;
  }

  @Override
  @Transactional
  public void insertTicket(UUID ticket, UUID kiosk, LocalDateTime issuedAt) {
    tickets.save(new KioskTicketRow(ticket, kiosk, issuedAt, null, null));
  }

  @Override
  @Transactional
  public boolean reportSlip(UUID ticket, UUID kiosk, boolean printed, LocalDateTime at) {
    return (printed ? tickets.printed(ticket, kiosk, at) : tickets.failed(ticket, kiosk, at)) == 1;
  }

  private static Kiosk kiosk(KioskRow row) {
    return new Kiosk(
        row.id(),
        new LocationCode(row.location()),
        row.name(),
        row.secretHash(),
        row.enabled(),
        row.registeredAt(),
        KioskStatus.valueOf(row.status()),
        row.lastSeen());
  }
}
