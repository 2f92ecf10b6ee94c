package be.loketopmaat.application.port.in;

/** What the service clears away by itself, so that nothing is kept longer than it is needed. */
public interface HousekeepingUseCase {

  /**
   * Forgets idempotency keys (and the management codes kept with them) past their retention; how
   * many.
   */
  int forgetOldIdempotencyKeys();
}
