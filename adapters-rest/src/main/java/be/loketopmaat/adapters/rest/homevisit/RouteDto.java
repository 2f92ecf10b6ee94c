package be.loketopmaat.adapters.rest.homevisit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A mobile team's day as it will be driven: per time window, from the base and back. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "HomeVisitRoute")
public record RouteDto(String team, String day, String base, List<LegDto> legs) {

  /** One window of the day: its stops in order, and the drive back to the base. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "HomeVisitLeg")
  public record LegDto(
      @Schema(description = "HH:MM") String start,
      @Schema(description = "HH:MM") String end,
      List<StopDto> stops,
      @Schema(description = "Minutes from the last stop back to the base") int returnMinutes) {}

  /** A visit on the route, with the minutes of travel to it from the stop before. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "HomeVisitStop")
  public record StopDto(int travelMinutes, HomeVisitDto visit) {}
}
