package be.loketopmaat.domain.kiosk;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A citizen's session at a kiosk, opened by their card's signature. The kiosk holds the token; the
 * city keeps only its hash. It names the citizen and ends when the kiosk ends it or at {@code
 * expires}.
 */
public record KioskLogin(
    String tokenHash,
    UUID kiosk,
    NationalNumber citizen,
    String citizenName,
    Language language,
    LocalDateTime opened,
    LocalDateTime expires,
    boolean ended) {
  public KioskLogin {
    Objects.requireNonNull(tokenHash, "tokenHash");
    Objects.requireNonNull(kiosk, "kiosk");
    Objects.requireNonNull(citizen, "citizen");
    Objects.requireNonNull(citizenName, "citizenName");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(expires, "expires");
  }

  /** Whether the session may still be used at {@code now}. */
  public boolean openAt(LocalDateTime now) {
    return !ended && now.isBefore(expires);
  }
}
