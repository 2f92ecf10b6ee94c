package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AppointmentRows extends GenericRepository<AppointmentRow, UUID> {

  /** By start, then desk and id, so that a day's list always comes back in the same order. */
  Sort BY_START = Sort.of(Sort.Order.asc("startAt"), Sort.Order.asc("desk"), Sort.Order.asc("id"));

  AppointmentRow save(AppointmentRow row);

  /**
   * What a status change or a move changes; the number of rows changed (0: no such appointment).
   */
  long update(
      @Id UUID id,
      String locationCode,
      String desk,
      LocalDateTime startAt,
      LocalDateTime endAt,
      boolean active,
      String managementCodeHash,
      String status,
      @Nullable LocalDateTime checkedInAt,
      @Nullable LocalDateTime calledAt,
      @Nullable LocalDateTime closedAt,
      int calendarSequence);

  Optional<AppointmentRow> findByReference(String reference);

  /**
   * The search behind {@code AgendaQueries.search}: a null criterion is not applied. {@code
   * namePattern} is a lower-case LIKE pattern with {@code \\} as escape; {@code phoneTail} the last
   * eight digits of a phone number, compared with the stored number stripped of its separators (the
   * caller compares the whole number).
   */
  @Query(
      """
      SELECT * FROM desk_time
      WHERE kind = 'APPOINTMENT'
        AND (CAST(:reference AS VARCHAR) IS NULL OR reference = :reference)
        AND (CAST(:insz AS VARCHAR) IS NULL OR citizen_insz = :insz)
        AND (CAST(:namePattern AS VARCHAR) IS NULL OR LOWER(citizen_name) LIKE :namePattern ESCAPE '\\')
        AND (CAST(:email AS VARCHAR) IS NULL OR LOWER(citizen_email) = :email)
        AND (CAST(:phoneTail AS VARCHAR) IS NULL OR RIGHT(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
              REPLACE(REPLACE(citizen_phone, ' ', ''), '.', ''), '/', ''), '-', ''), '(', ''), ')', ''),
              '+', ''), 8) = :phoneTail)
        AND (CAST(:location AS VARCHAR) IS NULL OR location_code = :location)
        AND (CAST(:from AS TIMESTAMP) IS NULL OR start_at >= :from)
        AND (CAST(:to AS TIMESTAMP) IS NULL OR start_at < :to)
        AND (:bookedOnly = FALSE OR status = 'BOOKED')
      ORDER BY start_at, reference
      LIMIT :limit""")
  List<AppointmentRow> search(
      @Nullable String reference,
      @Nullable String insz,
      @Nullable String namePattern,
      @Nullable String email,
      @Nullable String phoneTail,
      @Nullable String location,
      @Nullable LocalDateTime from,
      @Nullable LocalDateTime to,
      boolean bookedOnly,
      int limit);

  /** The same, with the row locked until the transaction ends (SELECT ... FOR UPDATE). */
  Optional<AppointmentRow> findByReferenceForUpdate(String reference);

  List<AppointmentRow> findByCitizenInszAndActive(String citizenInsz, boolean active, Sort sort);

  List<AppointmentRow> findByLocationCodeAndStartAtGreaterThanEqualsAndStartAtLessThan(
      String locationCode, LocalDateTime from, LocalDateTime to, Sort sort);

  List<AppointmentRow> findByStatusAndStartAtGreaterThanEqualsAndStartAtLessThan(
      String status, LocalDateTime from, LocalDateTime to, Sort sort);
}
