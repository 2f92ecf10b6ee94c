package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** A slot kept until {@code expiresAt}; book it by its id. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Hold")
public record HoldDto(
    UUID id,
    @Schema(example = "districtshuis-deurne") String location,
    @Schema(type = "string", format = "date-time", example = ApiTimes.EXAMPLE) String start,
    @Schema(type = "string", format = "date-time", example = "2026-11-24T18:20:00+01:00")
        String end,
    @Schema(type = "string", format = "date-time", example = "2026-11-20T10:10:00+01:00")
        String expiresAt,
    List<String> products,
    int persons,
    @Nullable
        @Schema(
            description = "The document order this appointment picks up; null for an application")
        UUID pickupOf) {}
