package be.loketopmaat.adapters.persistence.jdbc;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Locations in the {@code location} table, their calendar exceptions a row each in {@code
 * location_calendar_exception}: adding or removing one exception touches only its own row, so
 * concurrent changes to one location's calendar never undo each other. Every method is
 * transactional with the default propagation, so that it joins the transaction of {@link
 * JdbcTransactions}.
 */
@Singleton
@Transactional
public class JdbcLocationRepository implements LocationRepository {
  private static final Argument<Documents.LocationDefinition> DEFINITION =
      Argument.of(Documents.LocationDefinition.class);
  private static final Argument<List<Documents.Window>> WINDOWS =
      Argument.listOf(Documents.Window.class);

  private final LocationRows locations;
  private final CalendarExceptionRows exceptions;
  private final RowMapper mapper;
  private final JsonColumns json;

  JdbcLocationRepository(
      LocationRows locations,
      CalendarExceptionRows exceptions,
      RowMapper mapper,
      JsonColumns json) {
    this.locations = locations;
    this.exceptions = exceptions;
    this.mapper = mapper;
    this.json = json;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Location> findAll() {
    List<LocationRow> rows = locations.listOrderByCode();
    // One query for all exceptions instead of one per location; grouping keeps their calendar
    // order.
    Map<String, List<CalendarException>> exceptionsByLocation =
        exceptions.findAll(CalendarExceptionRows.CALENDAR_ORDER).stream()
            .collect(
                Collectors.groupingBy(
                    CalendarExceptionRow::locationCode,
                    Collectors.mapping(this::toDomain, Collectors.toList())));
    return rows.stream()
        .map(row -> toDomain(row, exceptionsByLocation.getOrDefault(row.code(), List.of())))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Location> findByCode(LocationCode code) {
    return locations
        .findById(code.value())
        .map(
            row ->
                toDomain(
                    row,
                    exceptions
                        .findByLocationCode(row.code(), CalendarExceptionRows.CALENDAR_ORDER)
                        .stream()
                        .map(this::toDomain)
                        .toList()));
  }

  @Override
  public void insert(Location location) {
    try {
      locations.save(mapper.toRow(location, json.write(DEFINITION, mapper.toDefinition(location))));
    } catch (DataAccessException e) {
      // The primary key decides, not a prior look-up, so that concurrent inserts cannot both pass.
      if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new AlreadyExistsException("location", location.code().value());
      }
      throw e;
    }
    location.exceptions().forEach(exception -> insertException(location.code(), exception));
  }

  @Override
  public boolean update(Location location) {
    LocationRow row = mapper.toRow(location, json.write(DEFINITION, mapper.toDefinition(location)));
    return locations.update(row.code(), row.name(), row.type(), row.district(), row.definition())
        > 0;
  }

  @Override
  public boolean addException(LocationCode location, CalendarException exception) {
    // Locations are never deleted, so the look-up cannot be overtaken; it spares PostgreSQL a
    // foreign-key
    // error, which would abort a surrounding transaction.
    if (!locations.existsById(location.value())) {
      return false;
    }
    insertException(location, exception);
    return true;
  }

  @Override
  public boolean removeException(LocationCode location, UUID exceptionId) {
    return exceptions.deleteByIdAndLocationCode(exceptionId, location.value()) > 0;
  }

  @Override
  @Transactional(readOnly = true)
  public long count() {
    return locations.count();
  }

  private void insertException(LocationCode location, CalendarException exception) {
    try {
      exceptions.save(
          mapper.toRow(
              exception,
              location,
              json.write(WINDOWS, mapper.toWindowDocuments(exception.windows()))));
    } catch (DataAccessException e) {
      if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new AlreadyExistsException("calendar exception", exception.id().toString());
      }
      throw e;
    }
  }

  private Location toDomain(LocationRow row, List<CalendarException> calendar) {
    return mapper.toLocation(row, json.read(DEFINITION, row.definition()), calendar);
  }

  private CalendarException toDomain(CalendarExceptionRow row) {
    return mapper.toException(row, json.read(WINDOWS, row.windows()));
  }
}
