package be.loketopmaat.adapters.rest.product;

import be.loketopmaat.adapters.rest.common.LocalizedTextDto;
import be.loketopmaat.adapters.rest.common.StrictJson;
import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.location.Facility;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A product of the catalogue, shaped as in the city's reference data, so that what GET returns can
 * be sent back with PUT after a change.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "Product",
    requiredProperties = {"code", "name", "theme", "channels", "presenceRequired"})
public record ProductDto(
    @Schema(
            description =
                "Stable code: 2-60 lower-case letters, digits, dashes. Optional in a PUT body.",
            example = "eid-application")
        String code,
    LocalizedTextDto name,
    Theme theme,
    @Nullable LocalizedTextDto description,
    @Schema(
            description =
                "The channels that deliver the product; empty when it is only referred elsewhere")
        List<ChannelOfferDto> channels,
    @Schema(description = "The law requires the citizen in person (then only in-person channels)")
        @Serdeable.Deserializable(using = StrictJson.Bool.class)
        Boolean presenceRequired,
    @Nullable
        @Schema(
            description = "Minutes at a desk, 1-240; required for in-person channels",
            example = "20")
        @Serdeable.Deserializable(using = StrictJson.WholeNumber.class)
        Integer deskMinutes,
    @Nullable List<Facility> requiredFacilities,
    @Nullable PickupStepDto pickup,
    @Nullable ReferralDto referral) {}
