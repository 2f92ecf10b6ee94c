package be.loketopmaat.adapters.rest.counter;

import be.loketopmaat.domain.counter.TicketPurpose;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the walk-in comes for. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "TicketRequest",
    requiredProperties = {"product"})
public record TicketRequestDto(
    @Schema(example = "eid-application") String product,
    @Nullable
        @Schema(
            description =
                "WALK_IN (served over the counter) or PICKUP (collect a document made elsewhere);"
                    + " when left out, the one the location offers for the product without"
                    + " appointment")
        TicketPurpose purpose) {}
