package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.contract.AppointmentPortsContract;

/** The services' in-memory fakes keep the same promises as the database adapters. */
class InMemoryAppointmentPortsTest extends AppointmentPortsContract {
  @Override
  protected Ports emptyPorts() {
    InMemoryAppointments fake = new InMemoryAppointments();
    return new Ports(fake, fake, fake, fake, fake);
  }
}
