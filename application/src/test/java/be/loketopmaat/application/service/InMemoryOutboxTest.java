package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.contract.OutboxContract;

/** The services' in-memory outbox keeps the same promises as the database adapters. */
class InMemoryOutboxTest extends OutboxContract {
  @Override
  protected Subject emptyOutbox() {
    InMemoryOutbox fake = new InMemoryOutbox();
    return new Subject(fake, fake);
  }
}
