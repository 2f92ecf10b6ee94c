package be.loketopmaat.adapters.rest.appointment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A citizen lost the link to their appointment: how to find it. Any combination; everything given
 * must match.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "LinkRequest",
    description =
        "Give the appointment's reference, or the e-mail address or phone number booked with, or"
            + " several.")
public record LinkRequestDto(
    @Nullable @Schema(example = "K7M-4QXD") String reference,
    @Nullable @Schema(example = "an.peeters@example.be") String email,
    @Nullable @Schema(example = "+32 470 12 34 56") String phone) {}
