package be.loketopmaat.adapters.persistence.kiosk;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code kiosk_attest}. */
@MappedEntity("kiosk_attest")
record KioskAttestRow(
    @Id String code,
    String model,
    String issuedBy,
    LocalDateTime issuedAt,
    UUID kiosk,
    String location,
    boolean printed) {}
