package be.loketopmaat.adapters.persistence.staff;

import be.loketopmaat.application.port.out.StaffActionLog;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.staff.StaffAction;
import be.loketopmaat.domain.staff.StaffActionKind;
import be.loketopmaat.domain.staff.StaffMember;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The record of staff actions in {@code staff_action}; each line joins the transaction of the
 * change it tells about.
 */
@Singleton
@Transactional
public class JdbcStaffActionLog implements StaffActionLog {
  private final StaffActionRows rows;

  JdbcStaffActionLog(StaffActionRows rows) {
    this.rows = rows;
  }

  @Override
  public void record(StaffAction action) {
    rows.save(
        new StaffActionRow(
            action.id(),
            action.appointment().value(),
            action.by().id(),
            action.by().name(),
            action.at(),
            action.kind().name(),
            action.detail(),
            action.reason()));
  }

  @Override
  @Transactional(readOnly = true)
  public List<StaffAction> forAppointment(AppointmentReference reference) {
    return rows.oldestFirst(reference.value()).stream()
        .map(
            row ->
                new StaffAction(
                    row.id(),
                    new AppointmentReference(row.appointmentReference()),
                    new StaffMember(row.actorId(), row.actorName()),
                    row.at(),
                    StaffActionKind.valueOf(row.kind()),
                    row.detail(),
                    row.reason()))
        .toList();
  }
}
