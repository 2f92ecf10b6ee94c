package be.loketopmaat.adapters.rest.renewal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The appointment a confirmed summons became. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "EidSummonsConfirmation")
public record ConfirmationDto(
    String reference,
    @Schema(description = "Manages the appointment; shown once, also sent in the confirmation")
        String managementCode,
    String location,
    String start,
    String end,
    SummonsDto summons) {}
