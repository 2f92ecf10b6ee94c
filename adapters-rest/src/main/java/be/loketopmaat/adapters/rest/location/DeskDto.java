package be.loketopmaat.adapters.rest.location;

import be.loketopmaat.domain.location.DeskCapability;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One desk of a location and what it can handle. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "Desk",
    requiredProperties = {"code", "capabilities"})
public record DeskDto(@Schema(example = "desk-1") String code, List<DeskCapability> capabilities) {}
