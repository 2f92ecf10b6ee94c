package be.loketopmaat.adapters.persistence.kiosk;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code kiosk_login}. */
@MappedEntity("kiosk_login")
record KioskLoginRow(
    @Id String tokenHash,
    UUID kiosk,
    String insz,
    String citizenName,
    String language,
    LocalDateTime opened,
    LocalDateTime expires,
    boolean ended) {}
