package be.loketopmaat.adapters.rest.counter;

import be.loketopmaat.domain.counter.TicketPurpose;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A walk-in ticket as it is printed or shown: the number to wait for, and roughly how long. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "IssuedTicket")
public record IssuedTicketDto(
    UUID id,
    @Schema(example = "districtshuis-deurne") String location,
    @Schema(description = "The number called out; starts at 1 each day", example = "17") int number,
    @Schema(example = "eid-application") String product,
    TicketPurpose purpose,
    @Schema(description = "Place in the queue; 1 is next", example = "3") int position,
    @Schema(
            description = "An estimate: due appointments go first, so it can be longer",
            example = "10")
        long estimatedWaitMinutes,
    @Schema(type = "string", format = "date-time", example = "2026-11-24T10:02:11+01:00")
        String issuedAt) {}
