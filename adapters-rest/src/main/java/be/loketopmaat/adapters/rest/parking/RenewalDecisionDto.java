package be.loketopmaat.adapters.rest.parking;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One decision of a renewal run. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "RenewalDecision")
public record RenewalDecisionDto(
    String permit,
    @Schema(description = "The end of the period decided on") String periodEnd,
    @Schema(allowableValues = {"RENEWED", "INVITED"}) String outcome,
    @Nullable
        @Schema(allowableValues = {"MOVED", "HOUSEHOLD_CHANGED", "NOT_REGISTERED", "DECEASED"})
        String reason,
    @Nullable String renewedUntil,
    String runDate,
    String decidedBy,
    String decidedAt) {

  /** The decisions of the runs for one day. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "RenewalDecisions")
  public record Page(String date, int count, List<RenewalDecisionDto> decisions) {}
}
