package be.loketopmaat.adapters.persistence.parking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code parking_permit}. */
@MappedEntity("parking_permit")
record ParkingPermitRow(
    @Id UUID id,
    String holderInsz,
    String holderName,
    @Nullable String holderEmail,
    @Nullable String holderPhone,
    String holderLanguage,
    String street,
    String postalCode,
    String municipality,
    String household,
    String plate,
    String zone,
    LocalDate validFrom,
    LocalDate validUntil,
    String state,
    String registeredBy,
    LocalDateTime registeredAt) {}
