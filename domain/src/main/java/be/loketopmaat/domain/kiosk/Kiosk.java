package be.loketopmaat.domain.kiosk;

import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A self-service kiosk registered at a site. It authenticates with its own secret, kept here only
 * as its SHA-256 hash; {@code status} and {@code lastSeen} come from its heartbeats.
 */
public record Kiosk(
    UUID id,
    LocationCode location,
    String name,
    String secretHash,
    boolean enabled,
    LocalDateTime registeredAt,
    KioskStatus status,
    LocalDateTime lastSeen) {
  public static final int MAX_NAME = 100;

  public Kiosk {
    new Violations()
        .requireNonNull(id, "id")
        .requireNonNull(location, "location")
        .requireText(name, "name", MAX_NAME)
        .requireNonNull(secretHash, "secretHash")
        .requireNonNull(registeredAt, "registeredAt")
        .requireNonNull(status, "status")
        .throwIfAny();
    name = name.strip();
  }

  /** A new kiosk, offline until its first heartbeat. */
  public static Kiosk register(
      LocationCode location, String name, String secretHash, LocalDateTime now) {
    return new Kiosk(
        UUID.randomUUID(), location, name, secretHash, true, now, KioskStatus.OFFLINE, null);
  }

  /**
   * The status as staff see it: what the last heartbeat said, or offline when none came within
   * {@code silence}.
   */
  public KioskStatus statusAt(LocalDateTime now, Duration silence) {
    if (lastSeen == null || lastSeen.plus(silence).isBefore(now)) {
      return KioskStatus.OFFLINE;
    }
    return status;
  }

  public Kiosk seen(KioskStatus newStatus, LocalDateTime at) {
    return new Kiosk(id, location, name, secretHash, enabled, registeredAt, newStatus, at);
  }

  public Kiosk disabled() {
    return new Kiosk(id, location, name, secretHash, false, registeredAt, status, lastSeen);
  }
}
