package be.loketopmaat.adapters.rest.counter;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the walk-in comes for. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "TicketRequest",
    requiredProperties = {"product"})
public record TicketRequestDto(@Schema(example = "eid-pickup") String product) {}
