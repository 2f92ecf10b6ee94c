package be.loketopmaat.adapters.rest.homevisit;

import be.loketopmaat.adapters.rest.common.TimeWindowDto;
import be.loketopmaat.adapters.rest.openapi.OpeningHours;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/** A mobile team that makes home visits. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MobileTeam")
public record MobileTeamDto(
    String code,
    String name,
    @Schema(description = "The location it leaves from; the documents it brings wait in its safe")
        String base,
    @Schema(description = "Its biometrics kit") String kit,
    @Schema(
            name = "hours",
            description = "When it is out, travel included",
            implementation = OpeningHours.class)
        Map<DayOfWeek, List<TimeWindowDto>> hours) {}
