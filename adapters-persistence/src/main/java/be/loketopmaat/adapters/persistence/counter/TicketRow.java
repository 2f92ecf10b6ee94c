package be.loketopmaat.adapters.persistence.counter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

@MappedEntity("ticket")
record TicketRow(
    @Id UUID id,
    String locationCode,
    LocalDate ticketDay,
    int number,
    String productCode,
    String purpose,
    @Nullable String clientId,
    String status,
    LocalDateTime issuedAt,
    @Nullable String desk,
    @Nullable LocalDateTime calledAt,
    @Nullable LocalDateTime closedAt) {}
