package be.loketopmaat.adapters.rest.renewal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A summons as its holder sees it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "EidSummons")
public record SummonsDto(
    @Schema(allowableValues = {"KEPT", "CONFIRMED", "RELEASED", "LAPSED", "INVITED", "SKIPPED"})
        String state,
    @Schema(description = "The last day the card is valid") String cardValidUntil,
    @Nullable @Schema(description = "The location of the kept slot") String location,
    @Nullable String start,
    @Nullable String end,
    @Nullable @Schema(description = "The kept slot lapses then unless confirmed") String keptUntil,
    @Nullable @Schema(description = "The booked appointment, once confirmed") String appointment) {}
