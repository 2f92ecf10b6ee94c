package be.loketopmaat.adapters.rest.counter;

import be.loketopmaat.adapters.rest.common.StrictJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** How a called walk-in ended. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "CloseTicketRequest",
    requiredProperties = {"served"})
public record CloseTicketRequestDto(
    @Schema(description = "true: served; false: did not answer the call")
        @Serdeable.Deserializable(using = StrictJson.Bool.class)
        Boolean served) {}
