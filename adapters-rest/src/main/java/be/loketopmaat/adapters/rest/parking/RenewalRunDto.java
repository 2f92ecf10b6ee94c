package be.loketopmaat.adapters.rest.parking;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** What a renewal run decided. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "RenewalRun")
public record RenewalRunDto(
    String date,
    @Schema(description = "Permits ending on or before this day were decided on") String horizonEnd,
    int renewed,
    int invited,
    @Schema(
            description =
                "The invitations by reason: MOVED, HOUSEHOLD_CHANGED, NOT_REGISTERED, DECEASED")
        Map<String, Integer> invitedBy,
    @Schema(description = "Permits the register refused to answer for; the next run asks again")
        int skipped,
    @Schema(
            description =
                "False when the register went down: what was decided is kept, the next run goes on")
        boolean complete,
    @Nullable String stoppedBecause) {}
