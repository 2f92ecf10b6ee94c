package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

/**
 * The lock rows of desk days, citizens and clients. Taking a lock is two statements: create the row
 * if it is missing, then lock it. The insert must not fail when the row exists (a failed statement
 * aborts a PostgreSQL transaction), and it must not let two transactions both create it: {@code ON
 * CONFLICT DO NOTHING} does both on PostgreSQL and on H2 2.3 in PostgreSQL mode, where a concurrent
 * insert of the same row waits for the first transaction and then does nothing.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LockRows extends GenericRepository<LockRows.CitizenLock, String> {

  @MappedEntity("citizen_lock")
  record CitizenLock(@Id String citizenInsz) {}

  @Query(
      "INSERT INTO desk_day_lock (location_code, desk, lock_day) VALUES (:locationCode, :desk, :day) "
          + "ON CONFLICT DO NOTHING")
  void insertDeskDayIfAbsent(String locationCode, String desk, LocalDate day);

  @Query(
      "SELECT lock_day FROM desk_day_lock WHERE location_code = :locationCode AND desk = :desk AND lock_day = :day "
          + "FOR UPDATE")
  List<LocalDate> lockDeskDay(String locationCode, String desk, LocalDate day);

  @Query("INSERT INTO citizen_lock (citizen_insz) VALUES (:citizenInsz) ON CONFLICT DO NOTHING")
  void insertCitizenIfAbsent(String citizenInsz);

  @Query("SELECT citizen_insz FROM citizen_lock WHERE citizen_insz = :citizenInsz FOR UPDATE")
  List<String> lockCitizen(String citizenInsz);

  @Query("INSERT INTO client_lock (client_id) VALUES (:clientId) ON CONFLICT DO NOTHING")
  void insertClientIfAbsent(String clientId);

  @Query("SELECT client_id FROM client_lock WHERE client_id = :clientId FOR UPDATE")
  List<String> lockClient(String clientId);
}
