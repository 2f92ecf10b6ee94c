package be.loketopmaat.domain.kiosk;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/** Fresh random bytes for a card to sign, for one kiosk, usable once and only until it expires. */
public record KioskChallenge(UUID id, UUID kiosk, byte[] value, LocalDateTime expires) {
  public static final int BYTES = 32;

  public KioskChallenge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kiosk, "kiosk");
    Objects.requireNonNull(expires, "expires");
    value = value.clone();
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  public static KioskChallenge fresh(UUID kiosk, LocalDateTime expires) {
    return new KioskChallenge(UUID.randomUUID(), kiosk, Secrets.randomBytes(BYTES), expires);
  }
}
