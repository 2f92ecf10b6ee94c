package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.kiosk.KioskEvent;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The kiosks' usage log, append-only: lines are added, never changed or removed. Each line is
 * committed on its own, so that a failed request's attempt stays recorded.
 */
public interface KioskUsageLog {

  void append(KioskEvent event);

  /** The kiosk's lines, newest first, at most {@code limit}. */
  List<KioskEvent> of(UUID kiosk, int limit);

  /** Every line from {@code from} (included) to {@code until} (excluded), oldest first. */
  List<KioskEvent> between(LocalDateTime from, LocalDateTime until);
}
