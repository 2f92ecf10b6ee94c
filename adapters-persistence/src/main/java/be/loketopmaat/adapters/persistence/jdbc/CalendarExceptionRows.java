package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CalendarExceptionRows extends GenericRepository<CalendarExceptionRow, UUID> {

  /**
   * In calendar order, then by id, so that a location's exceptions always come back the same way.
   */
  Sort CALENDAR_ORDER =
      Sort.of(Sort.Order.asc("fromDate"), Sort.Order.asc("toDate"), Sort.Order.asc("id"));

  List<CalendarExceptionRow> findAll(Sort sort);

  List<CalendarExceptionRow> findByLocationCode(String locationCode, Sort sort);

  CalendarExceptionRow save(CalendarExceptionRow row);

  /** The number of rows deleted: 0 when the location has no exception with that id. */
  long deleteByIdAndLocationCode(UUID id, String locationCode);
}
