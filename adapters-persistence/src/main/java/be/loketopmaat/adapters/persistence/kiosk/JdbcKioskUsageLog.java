package be.loketopmaat.adapters.persistence.kiosk;

import be.loketopmaat.application.port.out.KioskUsageLog;
import be.loketopmaat.domain.kiosk.KioskEvent;
import be.loketopmaat.domain.kiosk.KioskEventKind;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** The usage log in {@code kiosk_event}: each line committed on its own, none ever changed. */
@Singleton
public class JdbcKioskUsageLog implements KioskUsageLog {
  private final KioskEventRows rows;

  JdbcKioskUsageLog(KioskEventRows rows) {
    this.rows = rows;
  }

  @Override
  @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
  public void append(KioskEvent event) {
    rows.save(
        new KioskEventRow(
            null,
            event.kiosk(),
            event.location().value(),
            event.kind().name(),
            event.pseudonym(),
            event.detail(),
            event.at()));
  }

  @Override
  @Transactional(readOnly = true)
  public List<KioskEvent> of(UUID kiosk, int limit) {
    return rows.of(kiosk, limit).stream().map(JdbcKioskUsageLog::event).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<KioskEvent> between(LocalDateTime from, LocalDateTime until) {
    return rows.between(from, until).stream().map(JdbcKioskUsageLog::event).toList();
  }

  private static KioskEvent event(KioskEventRow row) {
    return new KioskEvent(
        row.kiosk(),
        new LocationCode(row.location()),
        KioskEventKind.valueOf(row.kind()),
        row.pseudonym(),
        row.detail(),
        row.at());
  }
}
