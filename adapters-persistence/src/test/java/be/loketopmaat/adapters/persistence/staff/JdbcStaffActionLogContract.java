package be.loketopmaat.adapters.persistence.staff;

import be.loketopmaat.adapters.persistence.appointment.JdbcAppointmentRepository;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.StaffActionLog;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.contract.StaffActionLogContract;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;

/** The record of staff actions in {@code staff_action}; run on each database by a subclass. */
abstract class JdbcStaffActionLogContract extends StaffActionLogContract {
  @Inject StaffActionLog jdbcLog;
  @Inject JdbcAppointmentRepository appointments;
  @Inject Transactions jdbcTransactions;
  @Inject TransactionOperations<Connection> operations;

  @Override
  protected Ports emptyPorts() {
    Tables.empty(operations, "staff_action", "desk_time", "slot_release");
    return new Ports(jdbcLog, appointments, jdbcTransactions);
  }
}
