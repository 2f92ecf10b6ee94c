package be.loketopmaat.adapters.rest.renewal;

import be.loketopmaat.adapters.rest.location.AddressDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One decision of an eID renewal run, for staff. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "EidRenewalDecision")
public record DecisionDto(
    String id,
    @Schema(description = "The holder's national number, masked") String insz,
    String name,
    String language,
    String cardValidUntil,
    @Schema(allowableValues = {"KEPT", "INVITED", "SKIPPED"}) String outcome,
    @Nullable
        @Schema(
            allowableValues = {
              "NO_SLOT",
              "NO_LOCATION",
              "BY_POST",
              "APPOINTMENT_OPEN",
              "APPLICATION_OPEN"
            })
        String reason,
    String state,
    @Nullable @Schema(description = "Where a letter goes (BY_POST only)") AddressDto letterTo,
    @Nullable String location,
    @Nullable String start,
    @Nullable String keptUntil,
    @Nullable String appointment,
    String runDate,
    String decidedBy,
    String decidedAt) {

  /** The decisions of the runs for one day. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "EidRenewalDecisions")
  public record Page(String date, int count, List<DecisionDto> decisions) {}
}
