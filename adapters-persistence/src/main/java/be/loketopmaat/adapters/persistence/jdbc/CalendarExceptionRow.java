package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One calendar exception of a location; {@code windows} is a JSON list of {@link Documents.Window}.
 */
@MappedEntity("location_calendar_exception")
record CalendarExceptionRow(
    @Id UUID id,
    String locationCode,
    String kind,
    LocalDate fromDate,
    LocalDate toDate,
    String windows,
    String reasonNl,
    String reasonFr,
    String reasonEn) {}
