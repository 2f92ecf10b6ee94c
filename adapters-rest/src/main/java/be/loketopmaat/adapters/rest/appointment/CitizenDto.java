package be.loketopmaat.adapters.rest.appointment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The person an appointment is for. In answers the national number is masked: it identifies a
 * person for life and must not travel back to wherever a response ends up (browser caches, logs,
 * screenshots).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "Citizen",
    requiredProperties = {"insz", "name"},
    description = "Give an e-mail address or a phone number, or both.")
public record CitizenDto(
    @Schema(
            description =
                "National number (INSZ) or bis number, YYMMDD-SSS-CC; dots, dashes and spaces are"
                    + " ignored. Masked in answers, e.g. 850731-***-**.",
            example = "85.07.30-033.28")
        String insz,
    @Schema(example = "An Peeters") String name,
    @Nullable @Schema(example = "an.peeters@example.be") String email,
    @Nullable @Schema(example = "+32 470 12 34 56") String phone,
    @Nullable
        @Schema(
            description = "The language to write to the citizen in; nl when left out",
            allowableValues = {"nl", "fr", "en"},
            example = "nl")
        String language) {}
