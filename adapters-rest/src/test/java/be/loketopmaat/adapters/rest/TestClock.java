package be.loketopmaat.adapters.rest;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The clock of every test server: half past midnight on Saturday 21 November 2026 in Brussels,
 * which is still Friday in UTC. The clock itself is in UTC, as a server's often is, so that a
 * default date taken from the wrong zone shows as the wrong day.
 */
@Factory
class TestClock {
  static final Instant NOW = Instant.parse("2026-11-20T23:30:00Z");

  @Singleton
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }
}
