package be.loketopmaat.adapters.rest.product;

import be.loketopmaat.adapters.rest.common.LocalizedTextDto;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The organisation that delivers a product the city does not deliver itself. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(
    name = "Referral",
    requiredProperties = {"organisation", "description"})
public record ReferralDto(
    String organisation,
    LocalizedTextDto description,
    @Nullable String url,
    @Nullable String phone) {}
