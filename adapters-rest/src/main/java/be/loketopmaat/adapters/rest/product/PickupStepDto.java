package be.loketopmaat.adapters.rest.product;

import be.loketopmaat.adapters.rest.common.LocalizedTextDto;
import be.loketopmaat.adapters.rest.common.StrictJson;
import be.loketopmaat.domain.location.Facility;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The separate step of collecting a document made elsewhere. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "PickupStep",
    requiredProperties = {"deskMinutes", "appointmentRequired"})
public record PickupStepDto(
    @Schema(example = "5") @Serdeable.Deserializable(using = StrictJson.WholeNumber.class)
        Integer deskMinutes,
    @Nullable List<Facility> requiredFacilities,
    @Serdeable.Deserializable(using = StrictJson.Bool.class) Boolean appointmentRequired,
    @Nullable LocalizedTextDto note) {}
