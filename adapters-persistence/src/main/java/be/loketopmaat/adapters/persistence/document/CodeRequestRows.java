package be.loketopmaat.adapters.persistence.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CodeRequestRows extends GenericRepository<CodeRequestRow, UUID> {

  /** The new request, unless its citizen has an open one (the unique open_insz): then 0. */
  @Query(
      """
      INSERT INTO code_request (id, citizen_insz, citizen_name, citizen_email, citizen_phone,
          citizen_language, pickup_at, state, production_number, requested_by, requested_at,
          arrived_at, ended_at, end_reason, open_insz)
      VALUES (:id, :insz, :name, :email, :phone, :language, :pickupAt, :state, :productionNumber,
          :requestedBy, :requestedAt, :arrivedAt, :endedAt, :endReason, :openInsz)
      ON CONFLICT DO NOTHING""")
  long insertIfNoneOpen(
      UUID id,
      String insz,
      String name,
      @Nullable String email,
      @Nullable String phone,
      String language,
      String pickupAt,
      String state,
      @Nullable String productionNumber,
      String requestedBy,
      LocalDateTime requestedAt,
      @Nullable LocalDateTime arrivedAt,
      @Nullable LocalDateTime endedAt,
      @Nullable String endReason,
      @Nullable String openInsz);

  Optional<CodeRequestRow> findById(UUID id);

  Optional<CodeRequestRow> findByOpenInsz(String openInsz);

  /** The new state, only over the state it was read in; an ended request frees its citizen. */
  @Query(
      """
      UPDATE code_request SET state = :state, production_number = :productionNumber,
          arrived_at = :arrivedAt, ended_at = :endedAt, end_reason = :endReason,
          open_insz = :openInsz
      WHERE id = :id AND state = :expected""")
  long updateFrom(
      UUID id,
      String expected,
      String state,
      @Nullable String productionNumber,
      @Nullable LocalDateTime arrivedAt,
      @Nullable LocalDateTime endedAt,
      @Nullable String endReason,
      @Nullable String openInsz);

  @Query(
      """
      SELECT * FROM code_request WHERE pickup_at = :location AND state = :state
      ORDER BY arrived_at, requested_at, id LIMIT :limit""")
  List<CodeRequestRow> at(String location, String state, int limit);
}
