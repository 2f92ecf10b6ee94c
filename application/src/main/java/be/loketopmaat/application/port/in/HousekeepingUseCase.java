package be.loketopmaat.application.port.in;

/** What the service clears away by itself, so that nothing is kept longer than it is needed. */
public interface HousekeepingUseCase {

  /**
   * Forgets idempotency keys (and the management codes kept with them) past their retention; how
   * many.
   */
  int forgetOldIdempotencyKeys();

  /**
   * Forgets the holds that ended (expired or were given up) longer ago than they are kept for; how
   * many.
   */
  int forgetEndedHolds();
}
