package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.contract.StaffActionLogContract;

class InMemoryStaffActionLogTest extends StaffActionLogContract {
  @Override
  protected Ports emptyPorts() {
    InMemoryAppointments store = new InMemoryAppointments();
    return new Ports(store.staffLog, store, store);
  }
}
