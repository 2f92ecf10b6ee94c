package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.ManageKiosksUseCase;
import be.loketopmaat.application.port.out.KioskStore;
import be.loketopmaat.application.port.out.KioskUsageLog;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.kiosk.Kiosk;
import be.loketopmaat.domain.kiosk.KioskEvaluation;
import be.loketopmaat.domain.kiosk.KioskEvent;
import be.loketopmaat.domain.kiosk.Secrets;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Staff's side of the kiosks: registration (the secret shown once), their state, their log. */
public final class KioskAdminService implements ManageKiosksUseCase {
  private final KioskStore store;
  private final KioskUsageLog log;
  private final LocationRepository locations;
  private final Duration silence;
  private final long keepThreshold;
  private final Clock clock;

  public KioskAdminService(
      KioskStore store,
      KioskUsageLog log,
      LocationRepository locations,
      Duration silence,
      long keepThreshold,
      Clock clock) {
    this.store = store;
    this.log = log;
    this.locations = locations;
    this.silence = silence;
    this.keepThreshold = keepThreshold;
    this.clock = clock;
  }

  @Override
  public Registered register(LocationCode code, String name, StaffMember by) {
    Objects.requireNonNull(by, "by");
    Location location =
        locations
            .findByCode(code)
            .orElseThrow(() -> new NotFoundException("location", code.value()));
    if (!location.has(Facility.KIOSK_TERMINAL)) {
      throw new InvalidInputException(
          "location", "{0} has no kiosk terminal (facility KIOSK_TERMINAL)", code.value());
    }
    String secret = Secrets.newSecret();
    Kiosk kiosk =
        Kiosk.register(location.code(), name, Secrets.hash(secret), LocalDateTime.now(clock));
    store.insert(kiosk);
    return new Registered(kiosk, secret);
  }

  @Override
  public List<KioskView> list() {
    LocalDateTime now = LocalDateTime.now(clock);
    return store.all().stream().map(k -> new KioskView(k, k.statusAt(now, silence))).toList();
  }

  @Override
  public Kiosk disable(UUID id, StaffMember by) {
    Objects.requireNonNull(by, "by");
    Kiosk disabled = kiosk(id).disabled();
    store.update(disabled);
    return disabled;
  }

  @Override
  public List<KioskEvent> usage(UUID id, int limit) {
    kiosk(id);
    return log.of(id, Math.max(1, Math.min(limit, MAX_LIMIT)));
  }

  @Override
  public List<KioskEvaluation.SiteMonth> evaluate(YearMonth month) {
    LocalDateTime from = month.atDay(1).atStartOfDay();
    LocalDateTime until = month.plusMonths(1).atDay(1).atStartOfDay();
    return KioskEvaluation.evaluate(
        month, store.all(), log.between(from, until), keepThreshold, LocalDateTime.now(clock));
  }

  @Override
  public long keepThreshold() {
    return keepThreshold;
  }

  private Kiosk kiosk(UUID id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("kiosk", String.valueOf(id)));
  }
}
