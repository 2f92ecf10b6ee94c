package be.loketopmaat.adapters.rest.renewal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** What an eID renewal run did. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "EidRenewalRun")
public record RunDto(
    String date,
    @Schema(description = "Cards valid until this day at the latest were due") String lastDue,
    @Schema(description = "Summonses with a kept slot") int kept,
    @Schema(description = "Invitations to book, no slot fitting") int invited,
    @Schema(description = "Letters: the register gave no e-mail address nor phone") int byPost,
    @Schema(description = "Holders with an eID appointment or application open") int skipped,
    @Schema(description = "Cards decided on by an earlier run") int alreadySummoned,
    @Schema(description = "Kept slots that lapsed and were given back first") int lapsed,
    @Schema(description = "False when the register went down; the next run goes on")
        boolean complete,
    @Nullable String stoppedBecause) {}
