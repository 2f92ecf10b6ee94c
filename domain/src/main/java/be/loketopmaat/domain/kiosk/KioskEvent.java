package be.loketopmaat.domain.kiosk;

import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One line of the kiosks' append-only usage log. {@code pseudonym} is the keyed hash of the
 * citizen's national number (never the number itself), or null when no citizen is involved.
 */
public record KioskEvent(
    UUID kiosk,
    LocationCode location,
    KioskEventKind kind,
    String pseudonym,
    String detail,
    LocalDateTime at) {
  public static final int MAX_DETAIL = 200;

  public KioskEvent {
    new Violations()
        .requireNonNull(kiosk, "kiosk")
        .requireNonNull(location, "location")
        .requireNonNull(kind, "kind")
        .requireNonNull(at, "at")
        .throwIfAny();
    if (detail != null && detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL);
    }
  }
}
