package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.contract.IdempotencyStoreContract;

/** The services' in-memory idempotency keys keep the same promises as the database adapters. */
class InMemoryIdempotencyTest extends IdempotencyStoreContract {
  @Override
  protected Subject emptyStore() {
    InMemoryAppointments fake = new InMemoryAppointments();
    return new Subject(fake.idempotency, fake);
  }
}
