package be.loketopmaat.adapters.persistence.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Where;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An appointment's row in {@code desk_time}, the table of everything that takes desk time; the
 * columns of holds and blocks are not part of this view, and every generated query sees
 * appointments only. {@code products} are the product codes, comma-separated.
 */
@MappedEntity("desk_time")
@Where("@.kind = 'APPOINTMENT'")
record AppointmentRow(
    @Id UUID id,
    String kind,
    String locationCode,
    String desk,
    LocalDateTime startAt,
    LocalDateTime endAt,
    boolean active,
    String products,
    int persons,
    String reference,
    String managementCodeHash,
    String citizenInsz,
    String citizenName,
    @Nullable String citizenEmail,
    @Nullable String citizenPhone,
    String citizenLanguage,
    String bookedVia,
    String status,
    @Nullable LocalDateTime checkedInAt,
    @Nullable LocalDateTime calledAt,
    @Nullable LocalDateTime closedAt,
    @Nullable UUID pickupOf,
    int calendarSequence) {
  static final String KIND = "APPOINTMENT";
}
