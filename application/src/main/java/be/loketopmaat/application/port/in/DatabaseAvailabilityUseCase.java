package be.loketopmaat.application.port.in;

import java.time.Duration;

/**
 * Whether the service can reach its database now, as seen by a probe asked at most once a second.
 */
public interface DatabaseAvailabilityUseCase {

  boolean databaseAvailable();

  /** How long a client should wait before trying again while the database is away. */
  Duration retryAfter();
}
