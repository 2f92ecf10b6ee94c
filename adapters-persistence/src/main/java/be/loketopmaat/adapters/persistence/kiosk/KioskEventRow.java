package be.loketopmaat.adapters.persistence.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code kiosk_event}. */
@MappedEntity("kiosk_event")
record KioskEventRow(
    @Id @GeneratedValue @Nullable Long id,
    UUID kiosk,
    String location,
    String kind,
    @Nullable String pseudonym,
    @Nullable String detail,
    LocalDateTime at) {}
