package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.common.SlotDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of free slots, earliest first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "SlotPage",
    requiredProperties = {"slots", "next"})
public record SlotPageDto(
    List<SlotDto> slots,
    @Nullable
        @Schema(
            description =
                "Opaque cursor for the next page (pass it as 'after'); null on the last page",
            example = "djEKMjAyNi0xMS0yNFQxODowMApkaXN0cmljdHNodWlzLWRldXJuZQ")
        String next) {}
