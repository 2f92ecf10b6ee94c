package be.loketopmaat.adapters.rest.appointment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A check-in by staff; the body may be left out for a citizen on time. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "CheckInRequest")
public record CheckInRequestDto(
    @Nullable
        @Schema(
            description =
                "Why a citizen who came after the grace period is still checked in; 1-500"
                    + " characters",
            maxLength = 500,
            example = "The tram was 30 minutes late")
        String lateReason) {}
