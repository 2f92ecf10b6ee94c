package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.HousekeepingUseCase;
import be.loketopmaat.application.port.out.IdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/** Clears what has served its purpose. */
public final class Housekeeping implements HousekeepingUseCase {
  private final IdempotencyStore idempotency;
  private final Duration idempotencyRetention;
  private final Clock clock;

  /**
   * @param idempotencyRetention how long a retried booking still gets its first answer
   */
  public Housekeeping(IdempotencyStore idempotency, Duration idempotencyRetention, Clock clock) {
    this.idempotency = idempotency;
    this.idempotencyRetention = idempotencyRetention;
    this.clock = clock;
  }

  @Override
  public int forgetOldIdempotencyKeys() {
    return idempotency.forgetBefore(LocalDateTime.now(clock).minus(idempotencyRetention));
  }
}
