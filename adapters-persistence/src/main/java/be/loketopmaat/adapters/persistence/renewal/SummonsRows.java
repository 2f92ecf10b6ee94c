package be.loketopmaat.adapters.persistence.renewal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SummonsRows extends GenericRepository<SummonsRow, UUID> {

  /** The summons, unless one with its key exists (eid_summons_once): then 0. */
  @Query(
      """
      INSERT INTO eid_summons (id, citizen_insz, card_number, card_valid_until, summons_key, run_date,
          outcome, reason, state, holder_name, holder_language, holder_email, holder_phone, street,
          postal_code, municipality, location_code, slot_start, slot_end, hold_id, kept_until,
          token_hash, appointment_reference, decided_by, decided_at, closed_at)
      VALUES (:id, :citizenInsz, :cardNumber, :cardValidUntil, :summonsKey, :runDate, :outcome, :reason,
          :state, :holderName, :holderLanguage, :holderEmail, :holderPhone, :street, :postalCode,
          :municipality, :locationCode, :slotStart, :slotEnd, :holdId, :keptUntil, :tokenHash,
          :appointmentReference, :decidedBy, :decidedAt, :closedAt)
      ON CONFLICT DO NOTHING""")
  long insertIfAbsent(
      UUID id,
      String citizenInsz,
      String cardNumber,
      LocalDate cardValidUntil,
      String summonsKey,
      LocalDate runDate,
      String outcome,
      @Nullable String reason,
      String state,
      String holderName,
      String holderLanguage,
      @Nullable String holderEmail,
      @Nullable String holderPhone,
      @Nullable String street,
      @Nullable String postalCode,
      @Nullable String municipality,
      @Nullable String locationCode,
      @Nullable LocalDateTime slotStart,
      @Nullable LocalDateTime slotEnd,
      @Nullable UUID holdId,
      @Nullable LocalDateTime keptUntil,
      @Nullable String tokenHash,
      @Nullable String appointmentReference,
      String decidedBy,
      LocalDateTime decidedAt,
      @Nullable LocalDateTime closedAt);

  @Query(
      """
      SELECT COUNT(*) FROM eid_summons
      WHERE citizen_insz = :citizenInsz AND card_valid_until = :cardValidUntil
        AND summons_key IN ('SUMMONED', :runDay)""")
  long countDecided(String citizenInsz, LocalDate cardValidUntil, String runDay);

  @Query(
      """
      SELECT COUNT(*) FROM eid_summons
      WHERE state = 'KEPT' AND location_code = :locationCode AND slot_start >= :from
        AND slot_start < :to AND kept_until > :now""")
  long countKept(String locationCode, LocalDateTime from, LocalDateTime to, LocalDateTime now);

  @Query("SELECT * FROM eid_summons WHERE token_hash = :tokenHash FOR UPDATE")
  Optional<SummonsRow> findByTokenForUpdate(String tokenHash);

  @Query("SELECT * FROM eid_summons WHERE id = :id FOR UPDATE")
  Optional<SummonsRow> findForUpdate(UUID id);

  @Query(
      """
      UPDATE eid_summons SET state = :state, appointment_reference = :appointmentReference,
          closed_at = :closedAt
      WHERE id = :id""")
  long updateState(
      UUID id,
      String state,
      @Nullable String appointmentReference,
      @Nullable LocalDateTime closedAt);

  @Query(
      """
      SELECT * FROM eid_summons WHERE state = 'KEPT' AND kept_until <= :now
      ORDER BY kept_until, id LIMIT :limit""")
  List<SummonsRow> lapsed(LocalDateTime now, int limit);

  @Query("SELECT * FROM eid_summons WHERE run_date = :runDate ORDER BY decided_at, id LIMIT :limit")
  List<SummonsRow> of(LocalDate runDate, int limit);

  @Query(
      """
      SELECT * FROM eid_summons WHERE run_date = :runDate AND outcome = :outcome
      ORDER BY decided_at, id LIMIT :limit""")
  List<SummonsRow> of(LocalDate runDate, String outcome, int limit);

  @Query("DELETE FROM eid_summons WHERE card_valid_until < :day")
  long deleteCardsEndedBefore(LocalDate day);
}
