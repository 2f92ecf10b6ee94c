package be.loketopmaat.adapters.persistence.renewal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code eid_summons}. */
@MappedEntity("eid_summons")
record SummonsRow(
    @Id UUID id,
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
    @Nullable LocalDateTime closedAt) {}
