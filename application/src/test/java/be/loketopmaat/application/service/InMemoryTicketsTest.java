package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.contract.TicketRepositoryContract;

/** The services' in-memory tickets keep the same promises as the database adapters. */
class InMemoryTicketsTest extends TicketRepositoryContract {
  @Override
  protected Subject emptyRepository() {
    InMemoryAppointments fake = new InMemoryAppointments();
    return new Subject(fake.tickets, fake);
  }
}
