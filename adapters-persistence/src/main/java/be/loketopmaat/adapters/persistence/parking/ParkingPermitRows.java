package be.loketopmaat.adapters.persistence.parking;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ParkingPermitRows extends GenericRepository<ParkingPermitRow, UUID> {

  List<ParkingPermitRow> saveAll(Iterable<ParkingPermitRow> rows);

  Optional<ParkingPermitRow> findById(UUID id);

  @Query(
      """
      SELECT * FROM parking_permit WHERE state = 'ACTIVE' AND valid_until <= :horizonEnd
        AND id > :after
      ORDER BY id LIMIT :limit""")
  List<ParkingPermitRow> due(LocalDate horizonEnd, UUID after, int limit);

  /** The permits that ended before the day; their decisions go with them (ON DELETE CASCADE). */
  @Query("DELETE FROM parking_permit WHERE valid_until < :day")
  long deleteEndedBefore(LocalDate day);

  /** The new period or state, only over the active period it was read with. */
  @Query(
      """
      UPDATE parking_permit SET valid_from = :validFrom, valid_until = :validUntil, state = :state
      WHERE id = :id AND state = 'ACTIVE' AND valid_until = :expectedUntil""")
  long updateFrom(
      UUID id, LocalDate expectedUntil, LocalDate validFrom, LocalDate validUntil, String state);
}
