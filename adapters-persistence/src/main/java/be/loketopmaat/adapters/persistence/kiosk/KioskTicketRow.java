package be.loketopmaat.adapters.persistence.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code kiosk_ticket}. */
@MappedEntity("kiosk_ticket")
record KioskTicketRow(
    @Id UUID ticket,
    UUID kiosk,
    LocalDateTime issuedAt,
    @Nullable String slip,
    @Nullable LocalDateTime reportedAt) {}
