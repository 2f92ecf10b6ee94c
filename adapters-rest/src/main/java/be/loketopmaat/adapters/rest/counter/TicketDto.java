package be.loketopmaat.adapters.rest.counter;

import be.loketopmaat.domain.counter.TicketPurpose;
import be.loketopmaat.domain.counter.TicketStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

/** A walk-in ticket as the counter works with it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Ticket")
public record TicketDto(
    UUID id,
    @Schema(example = "districtshuis-deurne") String location,
    @Schema(description = "The day it is valid on", example = "2026-11-24") LocalDate day,
    @Schema(example = "17") int number,
    @Schema(example = "eid-application") String product,
    TicketPurpose purpose,
    TicketStatus status,
    @Schema(type = "string", format = "date-time") String issuedAt,
    @Nullable @Schema(description = "The desk that called it", example = "desk-1") String desk,
    @Nullable @Schema(type = "string", format = "date-time") String calledAt,
    @Nullable @Schema(type = "string", format = "date-time") String closedAt) {}
