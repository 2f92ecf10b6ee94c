package be.loketopmaat.application.service;

import be.loketopmaat.domain.kiosk.CardLogin;
import java.time.Duration;
import java.util.Objects;

/**
 * How the city's side of the kiosks behaves: the eID roots it trusts (in {@code login}), the key of
 * the usage log's pseudonyms, how long a challenge and a session live, and after how much silence a
 * kiosk counts as offline.
 */
public record KioskSettings(
    CardLogin login,
    byte[] pseudonymKey,
    Duration challengeTtl,
    Duration sessionTtl,
    Duration silence) {
  public KioskSettings {
    Objects.requireNonNull(login, "login");
    if (pseudonymKey == null || pseudonymKey.length < 16) {
      throw new IllegalArgumentException("the pseudonym key needs at least 16 bytes");
    }
    pseudonymKey = pseudonymKey.clone();
    Objects.requireNonNull(challengeTtl, "challengeTtl");
    Objects.requireNonNull(sessionTtl, "sessionTtl");
    Objects.requireNonNull(silence, "silence");
  }

  @Override
  public byte[] pseudonymKey() {
    return pseudonymKey.clone();
  }
}
