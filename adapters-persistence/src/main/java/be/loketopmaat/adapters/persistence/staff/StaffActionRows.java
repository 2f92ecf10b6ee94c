package be.loketopmaat.adapters.persistence.staff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffActionRows extends GenericRepository<StaffActionRow, UUID> {

  StaffActionRow save(StaffActionRow row);

  /** Oldest first; in the order written where actions share a moment (one transaction). */
  @Query(
      "SELECT id, appointment_reference, actor_id, actor_name, at, kind, detail, reason"
          + " FROM staff_action WHERE appointment_reference = :appointmentReference ORDER BY at, seq")
  List<StaffActionRow> oldestFirst(String appointmentReference);
}
