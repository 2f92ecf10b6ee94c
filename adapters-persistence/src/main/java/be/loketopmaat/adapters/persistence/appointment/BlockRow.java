package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Where;
import java.time.LocalDateTime;
import java.util.UUID;

/** Desk time blocked by staff, as a row in {@code desk_time}; always active until deleted. */
@MappedEntity("desk_time")
@Where("@.kind = 'BLOCK'")
record BlockRow(
    @Id UUID id,
    String kind,
    String locationCode,
    String desk,
    LocalDateTime startAt,
    LocalDateTime endAt,
    boolean active,
    String reason) {
  static final String KIND = "BLOCK";
}
