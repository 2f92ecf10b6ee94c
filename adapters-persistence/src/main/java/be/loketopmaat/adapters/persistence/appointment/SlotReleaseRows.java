package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SlotReleaseRows extends GenericRepository<SlotReleaseRow, Long> {

  SlotReleaseRow save(SlotReleaseRow row);

  boolean existsByCitizenInszAndLocationCodeAndStartAtAndReleasedAtGreaterThanEquals(
      String citizenInsz, String locationCode, LocalDateTime startAt, LocalDateTime since);
}
