package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.HousekeepingUseCase;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.IdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/** Clears what has served its purpose. */
public final class Housekeeping implements HousekeepingUseCase {
  /**
   * How long a hold is kept after it ended: a late confirmation hears that it expired (not that it
   * never was), and fair use sees who held a slot until recently.
   */
  public static final Duration ENDED_HOLDS_KEPT = Duration.ofDays(1);

  private final IdempotencyStore idempotency;
  private final DeskTimeLedger ledger;
  private final Duration idempotencyRetention;
  private final Clock clock;

  /**
   * @param idempotencyRetention how long a retried booking still gets its first answer
   */
  public Housekeeping(
      IdempotencyStore idempotency,
      DeskTimeLedger ledger,
      Duration idempotencyRetention,
      Clock clock) {
    this.idempotency = idempotency;
    this.ledger = ledger;
    this.idempotencyRetention = idempotencyRetention;
    this.clock = clock;
  }

  @Override
  public int forgetOldIdempotencyKeys() {
    return idempotency.forgetBefore(LocalDateTime.now(clock).minus(idempotencyRetention));
  }

  @Override
  public int forgetEndedHolds() {
    return ledger.forgetHoldsEndedBefore(LocalDateTime.now(clock).minus(ENDED_HOLDS_KEPT));
  }
}
